import { createHmac, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { PDFDocument, StandardFonts } from 'pdf-lib'
import { z } from 'zod'

/**
 * A NAMED FAKE of DocuSign's eSignature REST API (v2.1), for tests only: the real service cannot
 * be reached from here. It serves the calls the portal's adapter makes (create envelope,
 * recipient view, get envelope, void, combined document) on 127.0.0.1, refuses a wrong bearer
 * token or account and malformed bodies the way DocuSign does (`{ errorCode, message }`), keeps
 * envelopes in memory, lets a test act as the signers (`deliver`, `sign`, `decline`), and writes
 * Connect callbacks (JSON format) signed like DocuSign's HMAC: base64 HMAC-SHA256 of the body in
 * X-DocuSign-Signature-1. It is not DocuSign: only the shapes the adapter relies on are checked.
 */
export type TFakeSigner = {
  recipientId: string
  routingOrder: string
  clientUserId: string
  email: string
  name: string
  status: 'sent' | 'delivered' | 'completed' | 'declined'
  signedDateTime?: string
  declinedReason?: string
}

export type TFakeEnvelope = {
  envelopeId: string
  status: 'sent' | 'completed' | 'declined' | 'voided'
  emailSubject: string
  document: Buffer
  signers: TFakeSigner[]
  expireAfter: string
  voidedReason?: string
  combined?: Buffer
  customFields: { name: string; value: string }[]
}

export type TFakeDocusign = {
  /** The API base the portal is configured with (DOCUSIGN_BASE_URL). */
  baseUrl: string
  accountId: string
  token: string
  hmacKey: string
  envelopes: Map<string, TFakeEnvelope>
  /** Every call, in order: method, path (account-relative) and parsed JSON body. */
  calls: { method: string; path: string; body: unknown }[]
  deliver(envelopeId: string, recipientId: string): void
  /** Signs for a recipient; the last signature completes the envelope. */
  sign(envelopeId: string, recipientId: string): Promise<void>
  decline(envelopeId: string, recipientId: string, reason: string): void
  /** A Connect message about the envelope as it is now, signed with `key` (default: ours). */
  connect(
    envelopeId: string,
    event: string,
    opts?: { recipientId?: string; key?: string },
  ): { body: string; headers: Headers }
  close(): Promise<void>
}

const ZCreate = z.object({
  emailSubject: z.string().min(1).max(100),
  status: z.literal('sent'),
  documents: z
    .array(
      z.object({
        documentId: z.string().min(1),
        name: z.string().min(1),
        fileExtension: z.literal('pdf'),
        documentBase64: z.base64(),
      }),
    )
    .length(1),
  recipients: z.object({
    signers: z
      .array(
        z.object({
          recipientId: z.string().regex(/^\d+$/),
          routingOrder: z.string().regex(/^\d+$/),
          clientUserId: z.string().min(1),
          email: z.email(),
          name: z.string().min(1),
          tabs: z.object({ signHereTabs: z.array(z.object({ pageNumber: z.string() })).min(1) }),
        }),
      )
      .min(1),
  }),
  notification: z.object({
    useAccountDefaults: z.literal('false'),
    expirations: z.object({ expireEnabled: z.literal('true'), expireAfter: z.string() }),
  }),
  customFields: z
    .object({ textCustomFields: z.array(z.object({ name: z.string(), value: z.string() })) })
    .optional(),
})

const ZView = z.object({
  returnUrl: z.url(),
  authenticationMethod: z.string().min(1),
  recipientId: z.string(),
  clientUserId: z.string().min(1),
  email: z.email(),
  userName: z.string().min(1),
})

const ZVoid = z.object({ status: z.literal('voided'), voidedReason: z.string().min(1).max(200) })

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message)
  }
}

async function readJson(req: IncomingMessage) {
  const parts: Buffer[] = []
  for await (const c of req) parts.push(c as Buffer)
  const text = Buffer.concat(parts).toString('utf8')
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new Refusal(400, 'INVALID_REQUEST_BODY', 'The request body is not JSON.')
  }
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body)
  if (!r.success)
    throw new Refusal(400, 'INVALID_REQUEST_BODY', `Invalid body: ${r.error.issues[0]?.message}`)
  return r.data
}

/** DocuSign's combined document: the original with a certificate-of-completion page. */
async function combine(env: TFakeEnvelope) {
  const pdf = await PDFDocument.load(env.document)
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage()
  page.drawText(`Fake DocuSign certificate of completion ${env.envelopeId}`, {
    x: 40,
    y: 780,
    size: 10,
    font,
  })
  env.signers.forEach((s, i) =>
    page.drawText(`${s.name} <${s.email}> signed ${s.signedDateTime}`, {
      x: 40,
      y: 750 - 16 * i,
      size: 10,
      font,
    }),
  )
  return Buffer.from(await pdf.save())
}

export async function startFakeDocusign(): Promise<TFakeDocusign> {
  const accountId = randomUUID()
  const token = `fake-docusign-token-${randomUUID()}`
  const hmacKey = createHmac('sha256', randomUUID()).digest('base64')
  const envelopes = new Map<string, TFakeEnvelope>()
  const calls: TFakeDocusign['calls'] = []
  let baseUrl = ''

  const envelopeOf = (id: string) => {
    const e = envelopes.get(id)
    if (!e) throw new Refusal(404, 'ENVELOPE_DOES_NOT_EXIST', 'The envelope does not exist.')
    return e
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake')
    const prefix = `/restapi/v2.1/accounts/${accountId}`
    if (req.headers.authorization !== `Bearer ${token}`)
      throw new Refusal(401, 'USER_AUTHENTICATION_FAILED', 'The access token is not valid.')
    if (!url.pathname.startsWith(`${prefix}/`))
      throw new Refusal(400, 'INVALID_ACCOUNT_ID', 'The account id is not valid.')
    const path = url.pathname.slice(prefix.length)
    const body = await readJson(req)
    calls.push({ method: req.method ?? '', path, body })
    let m: RegExpExecArray | null
    if (req.method === 'POST' && path === '/envelopes') {
      if (req.headers['content-type'] !== 'application/json')
        throw new Refusal(415, 'INVALID_CONTENT_TYPE', 'Send JSON.')
      const input = parse(ZCreate, body)
      const document = Buffer.from(input.documents[0]!.documentBase64, 'base64')
      if (document.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new Refusal(400, 'INVALID_DOCUMENT', 'The document is not a PDF.')
      const envelope: TFakeEnvelope = {
        envelopeId: randomUUID(),
        status: 'sent',
        emailSubject: input.emailSubject,
        document,
        expireAfter: input.notification.expirations.expireAfter,
        signers: input.recipients.signers.map((s) => ({
          recipientId: s.recipientId,
          routingOrder: s.routingOrder,
          clientUserId: s.clientUserId,
          email: s.email,
          name: s.name,
          status: 'sent' as const,
        })),
        customFields: input.customFields?.textCustomFields ?? [],
      }
      envelopes.set(envelope.envelopeId, envelope)
      return send(res, 201, {
        envelopeId: envelope.envelopeId,
        uri: `/envelopes/${envelope.envelopeId}`,
        statusDateTime: new Date().toISOString(),
        status: 'sent',
      })
    }
    if ((m = /^\/envelopes\/([^/]+)\/views\/recipient$/.exec(path)) && req.method === 'POST') {
      const envelope = envelopeOf(m[1]!)
      const input = parse(ZView, body)
      const signer = envelope.signers.find(
        (s) =>
          s.recipientId === input.recipientId &&
          s.clientUserId === input.clientUserId &&
          s.email === input.email &&
          s.name === input.userName,
      )
      if (!signer) throw new Refusal(400, 'UNKNOWN_ENVELOPE_RECIPIENT', 'No such recipient.')
      if (envelope.status !== 'sent')
        throw new Refusal(400, 'ENVELOPE_INVALID_STATUS', `The envelope is ${envelope.status}.`)
      return send(res, 201, {
        url: `${baseUrl.replace('/restapi', '')}/signing/${envelope.envelopeId}/${signer.recipientId}?t=${randomUUID()}`,
      })
    }
    if ((m = /^\/envelopes\/([^/]+)\/documents\/combined$/.exec(path)) && req.method === 'GET') {
      const envelope = envelopeOf(m[1]!)
      if (!envelope.combined) throw new Refusal(400, 'ENVELOPE_NOT_COMPLETE', 'Not complete.')
      res.writeHead(200, { 'content-type': 'application/pdf' })
      return res.end(envelope.combined)
    }
    if ((m = /^\/envelopes\/([^/]+)$/.exec(path))) {
      const envelope = envelopeOf(m[1]!)
      if (req.method === 'GET')
        return send(res, 200, {
          envelopeId: envelope.envelopeId,
          status: envelope.status,
          voidedReason: envelope.voidedReason,
        })
      if (req.method === 'PUT') {
        const input = parse(ZVoid, body)
        if (envelope.status !== 'sent')
          throw new Refusal(
            400,
            'ENVELOPE_CANNOT_VOID_INVALID_STATE',
            'Only envelopes in progress can be voided.',
          )
        envelope.status = 'voided'
        envelope.voidedReason = input.voidedReason
        return send(res, 200, { envelopeId: envelope.envelopeId })
      }
    }
    throw new Refusal(
      404,
      'RESOURCE_NOT_FOUND',
      `${req.method} ${path} is not served by this fake.`,
    )
  }

  const send = (res: ServerResponse, status: number, json: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(json))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof Refusal)
        return send(res, err.status, { errorCode: err.errorCode, message: err.message })
      send(res, 500, { errorCode: 'UNSPECIFIED_ERROR', message: String(err) })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/restapi`

  const signerOf = (envelopeId: string, recipientId: string) => {
    const s = envelopeOf(envelopeId).signers.find((x) => x.recipientId === recipientId)
    if (!s) throw new Error(`fake DocuSign: no recipient ${recipientId}`)
    return s
  }

  return {
    baseUrl,
    accountId,
    token,
    hmacKey,
    envelopes,
    calls,
    deliver(envelopeId, recipientId) {
      signerOf(envelopeId, recipientId).status = 'delivered'
    },
    async sign(envelopeId, recipientId) {
      const s = signerOf(envelopeId, recipientId)
      s.status = 'completed'
      s.signedDateTime = new Date().toISOString()
      const envelope = envelopeOf(envelopeId)
      if (envelope.signers.every((x) => x.status === 'completed')) {
        envelope.status = 'completed'
        envelope.combined = await combine(envelope)
      }
    },
    decline(envelopeId, recipientId, reason) {
      const s = signerOf(envelopeId, recipientId)
      s.status = 'declined'
      s.declinedReason = reason
      envelopeOf(envelopeId).status = 'declined'
    },
    connect(envelopeId, event, opts = {}) {
      const envelope = envelopeOf(envelopeId)
      const body = JSON.stringify({
        event,
        apiVersion: 'v2.1',
        uri: `/restapi/v2.1/accounts/${accountId}/envelopes/${envelopeId}`,
        retryCount: 0,
        configurationId: 10_001,
        generatedDateTime: new Date().toISOString(),
        data: {
          accountId,
          userId: randomUUID(),
          envelopeId,
          ...(opts.recipientId ? { recipientId: opts.recipientId } : {}),
          envelopeSummary: {
            status: envelope.status,
            emailSubject: envelope.emailSubject,
            voidedReason: envelope.voidedReason,
            recipients: {
              signers: envelope.signers.map((s) => ({
                recipientId: s.recipientId,
                routingOrder: s.routingOrder,
                clientUserId: s.clientUserId,
                email: s.email,
                name: s.name,
                status: s.status,
                signedDateTime: s.signedDateTime,
                declinedReason: s.declinedReason,
              })),
            },
          },
        },
      })
      const signature = createHmac('sha256', opts.key ?? hmacKey)
        .update(body, 'utf8')
        .digest('base64')
      return {
        body,
        headers: new Headers({
          'content-type': 'application/json',
          'x-docusign-signature-1': signature,
        }),
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
