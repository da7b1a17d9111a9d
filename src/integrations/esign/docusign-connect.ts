import { z } from 'zod'

import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { verifyHmac, type THmacAuth } from '@/lib/http/hmac-auth'

import type { TProviderEvent } from './types'

/** Connect signs the raw body: base64 HMAC-SHA256 with the configuration's key. */
export const DOCUSIGN_SIGNATURE_HEADER = 'x-docusign-signature-1'

export const connectAuth: THmacAuth = {
  secret: () => env.DOCUSIGN_CONNECT_HMAC_KEY,
  header: DOCUSIGN_SIGNATURE_HEADER,
  encoding: 'base64',
}

const ZSigner = z.object({
  recipientId: z.string(),
  status: z.string().optional(),
  signedDateTime: z.string().optional(),
  deliveredDateTime: z.string().optional(),
  declinedDateTime: z.string().optional(),
  declinedReason: z.string().optional(),
})

/** Connect's JSON (SIM) message: the event name and the envelope it is about. */
const ZConnectMessage = z.object({
  event: z.string().min(1),
  generatedDateTime: z.string().optional(),
  data: z.object({
    envelopeId: z.string().min(1),
    recipientId: z.string().optional(),
    envelopeSummary: z
      .object({
        status: z.string().optional(),
        voidedReason: z.string().optional(),
        recipients: z.object({ signers: z.array(ZSigner).optional() }).optional(),
      })
      .optional(),
  }),
})

const position = (recipientId: string | undefined) =>
  recipientId && /^\d{1,3}$/.test(recipientId) ? Number(recipientId) : undefined

/**
 * Verifies a Connect callback and maps it to our events: a recipient's "delivered" is viewed,
 * "completed" signed, "declined" declined; the envelope's "completed" signs whoever the summary
 * shows as signed and completes the request, "voided" cancels it. Other events (sent, resent,
 * authentication failures …) carry nothing the evidence trail needs: no events.
 */
export function connectEvents(args: { headers: Headers; body: string }): TProviderEvent[] {
  verifyHmac(connectAuth, args.headers, args.body)
  let json: unknown
  try {
    json = JSON.parse(args.body)
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not JSON (set the Connect format to JSON).')
  }
  const parsed = ZConnectMessage.safeParse(json)
  if (!parsed.success)
    throw new AppError('UNPROCESSABLE', 'This is not a DocuSign Connect JSON message.')
  const { event, data, generatedDateTime } = parsed.data
  const at = generatedDateTime ?? new Date().toISOString()
  const base = { providerRef: data.envelopeId, at, providerEvent: event }
  const signers = data.envelopeSummary?.recipients?.signers ?? []
  const signerOf = (id: string | undefined) => signers.find((s) => s.recipientId === id)
  switch (event) {
    case 'recipient-delivered':
      return [{ ...base, type: 'viewed', signerPosition: position(data.recipientId) }]
    case 'recipient-completed':
      return [
        {
          ...base,
          type: 'signed',
          signerPosition: position(data.recipientId),
          at: signerOf(data.recipientId)?.signedDateTime ?? at,
        },
      ]
    case 'recipient-declined':
      return [
        {
          ...base,
          type: 'declined',
          signerPosition: position(data.recipientId),
          reason: signerOf(data.recipientId)?.declinedReason ?? null,
        },
      ]
    case 'envelope-declined': {
      const who = signers.find((s) => s.status === 'declined')
      return [
        {
          ...base,
          type: 'declined',
          signerPosition: position(who?.recipientId),
          reason: who?.declinedReason ?? null,
        },
      ]
    }
    case 'envelope-completed':
      return [
        ...signers
          .filter((s) => s.status === 'completed')
          .map((s) => ({
            ...base,
            type: 'signed' as const,
            signerPosition: position(s.recipientId),
            at: s.signedDateTime ?? at,
          })),
        { ...base, type: 'completed' },
      ]
    case 'envelope-voided':
      return [{ ...base, type: 'cancelled', reason: data.envelopeSummary?.voidedReason ?? null }]
    default:
      return []
  }
}
