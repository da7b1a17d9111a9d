import type { Payload } from 'payload'

import { providerOf } from '@/integrations/esign'
import { actorFromUser } from '@/lib/audit/actor'
import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

import { inRequestTransaction } from './in-transaction'
import { isExpired, loadRequest } from './load-request'
import { recordSignatureEvent } from './record-event'
import { remind, setRequest } from './staff-actions'

const DAY = 86_400_000

/**
 * The hourly job: requests past their expiry become "expired"; open ones get an automatic
 * reminder on each of ESIGN_REMINDER_DAYS before expiry (once per day mark, however often the
 * job runs). Each request is its own transaction, so one failure does not hold up the rest.
 */
export async function expireAndRemind(payload: Payload, now = new Date()) {
  const horizon = new Date(now.getTime() + Math.max(0, ...env.ESIGN_REMINDER_DAYS) * DAY)
  const { docs } = await payload.find({
    collection: 'signature-requests',
    where: {
      and: [{ status: { equals: 'sent' } }, { expiresAt: { less_than: horizon.toISOString() } }],
    },
    depth: 0,
    limit: 500,
    select: {},
    overrideAccess: true, // job: acts for the company on every open request
  })
  const system = actorFromUser(null, 'reminder job')
  const done = { expired: 0, reminded: 0 }
  for (const { id } of docs) {
    await inRequestTransaction({ payload, requestId: String(id), user: null }, async (req) => {
      const loaded = await loadRequest({ req, id: String(id) })
      const { request } = loaded
      if (request.status !== 'sent') return
      if (isExpired(request, now)) {
        await setRequest(req, String(id), { status: 'expired' })
        await recordSignatureEvent({ req, request, type: 'expired', actor: system, at: now })
        // A provider counts expiry in whole days: end it there now, so nobody signs it late.
        // Last, so a provider that cannot be reached leaves the request for the next run.
        await providerOf(request).cancel({ request, reason: 'The signature request expired.' })
        done.expired++
        return
      }
      const daysLeft = (new Date(request.expiresAt).getTime() - now.getTime()) / DAY
      const mark = env.ESIGN_REMINDER_DAYS.filter((d) => daysLeft <= d).at(-1)
      if (mark === undefined || (request.remindedForDays ?? Infinity) <= mark) return
      await remind(req, loaded, system)
      await setRequest(req, String(id), { remindedForDays: mark })
      done.reminded++
    }).catch((err: unknown) =>
      logger.warn({ err, requestId: String(id) }, 'e-signing: expiry or reminder failed; next run'),
    )
  }
  return done
}
