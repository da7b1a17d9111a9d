import 'server-only'

import { docusignProvider } from '@/integrations/esign/docusign'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { applyProviderEvents } from './apply-provider-events'

/** A Connect message with its envelope summary; documents are never included (we fetch them). */
const MAX_BODY_BYTES = 1024 * 1024

/**
 * POST /api/integrations/esign/docusign: DocuSign Connect (JSON format, HMAC signature). The
 * provider verifies X-DocuSign-Signature-1 over the raw body before anything is parsed (401
 * otherwise, 404 while no key is configured); the events it reports are applied once each, so
 * Connect's retries and repeats are harmless. A 2xx tells Connect not to retry.
 */
export const docusignConnectRoute = route({
  name: '/api/integrations/esign/docusign',
  auth: 'public',
  handler: async ({ req, log }) => {
    if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.')
    const body = await req.text()
    if (Buffer.byteLength(body) > MAX_BODY_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.')
    const events = await docusignProvider.webhook({ headers: req.headers, body })
    const results = await applyProviderEvents({
      payload: await getPayload(),
      provider: docusignProvider,
      events,
    })
    log.info(
      { events: results.length, applied: results.filter((r) => r.applied).length },
      'DocuSign Connect',
    )
    return Response.json({ results })
  },
})
