import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { buildSignedPdf } from '@/lib/esign/sign-pdf'
import { signingCertificate } from '@/lib/esign/signing-certificate'
import { TimestampError } from '@/lib/esign/timestamp'
import type { TCertificate } from '@/lib/esign/types'
import { putFile } from '@/lib/storage/files'
import type { SignatureRequest, SignatureSigner } from '@/payload-types'

import { idOf } from './load-request'
import { notifyOutcome } from './notify-signers'
import { originalBytes } from './original-bytes'
import { recordSignatureEvent } from './record-event'
import { setRequest } from './staff-actions'

const pngOf = (dataUrl: string | null | undefined) =>
  dataUrl ? Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64') : null

/**
 * The last signature is in: record "completed", build the signed PDF (original + signature page
 * + audit certificate, sealed with the company certificate), store it as a new private file
 * owned by the request, and tell both parties. The original version is read, never rewritten;
 * if its bytes no longer match the hash recorded when the request was prepared, nothing completes.
 */
export async function completeRequest(args: {
  req: PayloadRequest
  request: SignatureRequest
  signers: SignatureSigner[]
}): Promise<SignatureRequest> {
  const { req, request, signers } = args
  const { payload } = req
  const { bytes: original, sha256: hash, version } = await originalBytes(req, request)

  const completedAt = new Date()
  const system = actorFromUser(null, 'Donkervoort e-signing')
  await recordSignatureEvent({ req, request, type: 'completed', actor: system, at: completedAt })
  const { docs: events } = await payload.find({
    collection: 'signature-events',
    where: { request: { equals: request.id } },
    sort: 'at',
    limit: 500,
    depth: 0,
    overrideAccess: true, // system: the trail printed into the certificate
    req,
  })
  const certificate: TCertificate = {
    requestId: String(request.id),
    title: request.title ?? '',
    documentSha256: hash,
    documentVersion: version,
    sentAt: request.sentAt ?? null,
    completedAt: completedAt.toISOString(),
    signers: signers.map((s) => ({
      role: s.role,
      name: s.name,
      email: s.email,
      legalName: s.legalName ?? null,
      status: s.status ?? 'pending',
      signedAt: s.signedAt ?? null,
      ip: events.find((e) => e.type === 'signed' && idOf(e.signer) === String(s.id))?.ip ?? null,
      signatureKind: s.signatureKind ?? null,
      signaturePng: s.signatureKind === 'drawn' ? pngOf(s.signatureImage) : null,
    })),
    events: events.map((e) => ({
      type: e.type,
      at: e.at,
      actor: e.actorLabel ?? e.actorType,
      ip: e.ip ?? null,
      userAgent: e.userAgent ?? null,
      documentSha256: e.documentSha256,
    })),
  }
  const signed = await buildSignedPdf({
    original,
    certificate,
    signing: signingCertificate(),
    tsaUrl: env.ESIGN_TSA_URL,
  }).catch((err: unknown) => {
    if (!(err instanceof TimestampError)) throw err
    // The whole signing transaction rolls back: the last signer's signature is not kept, so
    // they can simply sign again once the timestamp authority answers. The route logs the cause.
    throw new AppError(
      'UNAVAILABLE',
      'The signature could not be timestamped right now, so it was not recorded. Please try again in a few minutes.',
      { cause: err, headers: { 'retry-after': '120' } },
    )
  })
  const stored = await putFile({
    payload,
    stream: Readable.from([signed]),
    contentType: 'application/pdf',
    filename: `${(request.title || 'document').replace(/[^\w.-]+/g, '-')}-signed.pdf`,
    owner: { collection: 'signature-requests', id: String(request.id) },
    req,
  })
  const done = await setRequest(req, String(request.id), {
    status: 'completed',
    completedAt: completedAt.toISOString(),
    signedFile: stored.id,
    signedSha256: stored.sha256 ?? null,
  })
  await recordAudit({
    payload,
    req,
    entry: {
      ...system,
      action: 'signature.completed',
      targetType: 'signature-requests',
      targetId: String(request.id),
      outcome: 'success',
      details: { documentSha256: hash, signedFile: stored.id },
    },
  })
  await notifyOutcome({ req, request: done, outcome: 'completed' })
  return done
}
