import 'server-only'

import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import type { THmacAuth } from '@/lib/http/hmac-auth'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { applyErpEvents } from './apply-events'
import { fieldName, ZErpBatch } from './schema'

export const ERP_SIGNATURE_HEADER = 'x-erp-signature'
export const ERP_TIMESTAMP_HEADER = 'x-erp-timestamp'
/** How far the sender's clock may be from ours, either way. */
export const ERP_MAX_SKEW_SECONDS = 300

export function erpAuth(secret: () => string | undefined, now?: () => number): THmacAuth {
  return {
    secret,
    header: ERP_SIGNATURE_HEADER,
    timestamp: { header: ERP_TIMESTAMP_HEADER, maxSkewSeconds: ERP_MAX_SKEW_SECONDS, now },
  }
}

/**
 * POST /api/integrations/erp/events: milestone events from the production planning system
 * (openapi.json beside this file). The signature is checked before anything is parsed; the body
 * is validated whole, so a bad field answers 422 naming it and nothing of the batch is applied.
 */
export function createErpEventsRoute(secret: () => string | undefined, now?: () => number) {
  return route({
    name: '/api/integrations/erp/events',
    auth: { hmac: erpAuth(secret, now) },
    handler: async ({ req, log }) => {
      const text = await req.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        throw new AppError('BAD_REQUEST', 'The body is not JSON.')
      }
      const parsed = ZErpBatch.safeParse(json)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: fieldName(i.path),
          message: i.message,
        }))
        throw new AppError('UNPROCESSABLE', `Invalid event batch: ${issues[0].path}.`, { issues })
      }
      const signature = (req.headers.get(ERP_SIGNATURE_HEADER) ?? '').replace(/^sha256=/i, '')
      const payload = await getPayload()
      const results = await applyErpEvents({
        payload,
        events: parsed.data.events,
        signature: signature.toLowerCase(),
        headers: req.headers,
      })
      log.info({ events: results.length }, 'ERP events applied')
      return Response.json({ results })
    },
  })
}

export const erpEventsRoute = createErpEventsRoute(() => env.ERP_WEBHOOK_SECRET)
