import { Readable } from 'node:stream'

import type { Payload, PayloadRequest } from 'payload'

import type { TEsignProvider, TProviderEvent } from '@/integrations/esign'
import type { TActor } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { putFile } from '@/lib/storage/files'
import type { SignatureSigner } from '@/payload-types'

import { inRequestTransaction } from './in-transaction'
import { idOf, isExpired, loadRequest } from './load-request'
import { notifyOutcome } from './notify-signers'
import { recordSignatureEvent } from './record-event'
import { updateSigner } from './signer-actions'
import { setRequest } from './staff-actions'

type TLoaded = Awaited<ReturnType<typeof loadRequest>>
export type TApplied = { providerRef: string; type: TProviderEvent['type']; applied: boolean }

/** The signer acted at the provider: their identity, as the provider reported it. */
const signerActor = (s: SignatureSigner, provider: string): TActor => ({
  actorType: s.role === 'staff' ? 'staff' : 'customer',
  actorId: idOf(s.role === 'staff' ? s.signerStaff : s.signerCustomer),
  actorLabel: `${s.email} (via ${provider})`,
})

/**
 * Applies a provider's events to the requests they name (by provider and reference), each in
 * the request's own serialised transaction. What the trail already shows is not recorded again:
 * a signer is viewed, signed or declined once, a request ends once, so a repeated or late
 * callback changes nothing. Events about requests we do not know are acknowledged and ignored.
 */
export async function applyProviderEvents(args: {
  payload: Payload
  provider: TEsignProvider
  events: TProviderEvent[]
}): Promise<TApplied[]> {
  const { payload, provider } = args
  const results: TApplied[] = []
  for (const event of args.events) {
    const { docs } = await payload.find({
      collection: 'signature-requests',
      where: {
        and: [
          { provider: { equals: provider.name } },
          { providerRef: { equals: event.providerRef } },
        ],
      },
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true, // integration: the verified callback names the request by its reference
    })
    const id = docs[0] ? String(docs[0].id) : null
    const applied = id
      ? await inRequestTransaction({ payload, requestId: id, user: null }, async (req) =>
          applyOne(req, await loadRequest({ req, id }), event, provider),
        )
      : false
    results.push({ providerRef: event.providerRef, type: event.type, applied })
  }
  return results
}

async function applyOne(
  req: PayloadRequest,
  { request, signers }: TLoaded,
  event: TProviderEvent,
  provider: TEsignProvider,
): Promise<boolean> {
  if (request.status !== 'sent') return false
  const label = provider.name === 'docusign' ? 'DocuSign' : provider.name
  const system: TActor = { actorType: 'integration', actorId: null, actorLabel: label }
  const details = { provider: provider.name, providerEvent: event.providerEvent }
  const at = new Date(event.at)
  const signer = signers.find((s) => s.position === event.signerPosition)
  const id = String(request.id)
  switch (event.type) {
    case 'viewed':
      if (!signer || signer.status !== 'pending') return false
      await updateSigner(req, String(signer.id), { status: 'viewed', viewedAt: at.toISOString() })
      await recordSignatureEvent({
        ...{ req, request, type: 'viewed', signer: String(signer.id), at, details },
        actor: signerActor(signer, label),
      })
      return true
    case 'signed':
      if (!signer || (signer.status !== 'pending' && signer.status !== 'viewed')) return false
      await updateSigner(req, String(signer.id), { status: 'signed', signedAt: at.toISOString() })
      await recordSignatureEvent({
        ...{ req, request, type: 'signed', signer: String(signer.id), at, details },
        actor: signerActor(signer, label),
      })
      return true
    case 'declined': {
      if (signer)
        await updateSigner(req, String(signer.id), {
          status: 'declined',
          declinedAt: at.toISOString(),
          declineReason: event.reason ?? null,
        })
      const declined = await setRequest(req, id, { status: 'declined' })
      await recordSignatureEvent({
        ...{ req, request, type: 'declined', signer: signer ? String(signer.id) : null, at },
        actor: signer ? signerActor(signer, label) : system,
        details: { ...details, reason: event.reason ?? null },
      })
      await outcome(req, declined, 'declined', system)
      return true
    }
    case 'cancelled': {
      // Providers void an envelope whose expiry day passed: that is our "expired".
      if (isExpired(request, at)) {
        await setRequest(req, id, { status: 'expired' })
        await recordSignatureEvent({ req, request, type: 'expired', actor: system, at, details })
        return true
      }
      const cancelled = await setRequest(req, id, { status: 'cancelled' })
      await recordSignatureEvent({
        ...{ req, request, type: 'cancelled', actor: system, at },
        details: { ...details, reason: event.reason ?? null },
      })
      await outcome(req, cancelled, 'cancelled', system)
      return true
    }
    case 'completed': {
      // The provider's signed PDF becomes ours: a private file owned by the request.
      const signed = await provider.signedDocument({ request })
      const stored = await putFile({
        payload: req.payload,
        stream: Readable.from([signed]),
        contentType: 'application/pdf',
        filename: `${(request.title || 'document').replace(/[^\w.-]+/g, '-')}-signed.pdf`,
        owner: { collection: 'signature-requests', id },
        req,
      })
      await recordSignatureEvent({ req, request, type: 'completed', actor: system, at, details })
      const done = await setRequest(req, id, {
        status: 'completed',
        completedAt: at.toISOString(),
        signedFile: stored.id,
        signedSha256: stored.sha256 ?? null,
      })
      await outcome(req, done, 'completed', system, { signedFile: stored.id })
      return true
    }
  }
}

async function outcome(
  req: PayloadRequest,
  request: Awaited<ReturnType<typeof setRequest>>,
  kind: 'completed' | 'declined' | 'cancelled',
  actor: TActor,
  extra: Record<string, string> = {},
) {
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actor,
      action: `signature.${kind}`,
      targetType: 'signature-requests',
      targetId: String(request.id),
      outcome: 'success',
      details: { documentSha256: request.documentSha256 ?? '', ...extra },
    },
  })
  await notifyOutcome({ req, request, outcome: kind })
}
