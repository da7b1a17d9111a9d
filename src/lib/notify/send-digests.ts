import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'

import { addressee, claim, moveState, sendClaimed } from './deliver'
import { lastDigestSlot } from './digest-slot'

/**
 * The scheduled digest run (hourly): every customer with notifications kept for a digest gets
 * one mail once a digest time has passed since the oldest of them, in their own time zone. Run
 * twice in an hour, the second run finds nothing left; a run that was missed is made up by the
 * next.
 */
export async function sendDigests(payload: Payload, now = new Date()) {
  const { rows } = await postgresOf(payload).drizzle.execute(sql`
    select customer_id as id, min(created_at) as oldest from notifications
    where email_state = 'digest' and customer_id is not null group by customer_id`)
  let sent = 0
  for (const row of rows as Array<{ id: string; oldest: string | Date }>) {
    const id = String(row.id)
    const to = await addressee(payload, 'customer', id)
    if (!to?.prefs) {
      await moveState(payload, { recipient: 'customer', id, from: 'digest', to: 'skipped' })
      continue
    }
    const { prefs } = to
    // Email switched off for a type since: those never go out.
    await moveState(payload, {
      recipient: 'customer',
      id,
      from: 'digest',
      to: 'skipped',
      types: prefs.emailOff,
    })
    const due =
      prefs.digest === 'immediately' ||
      new Date(row.oldest) <
        lastDigestSlot({
          now,
          timeZone: prefs.timeZone,
          mode: prefs.digest,
          hour: env.NOTIFY_DIGEST_HOUR,
        })
    if (!due) continue
    const claimed = await claim(payload, { recipient: 'customer', id, state: 'digest' })
    const digest = prefs.digest === 'immediately' ? undefined : prefs.digest
    const result = await sendClaimed(payload, {
      recipient: 'customer',
      id,
      to,
      claimed,
      digest,
      releaseTo: 'digest',
    })
    if (result.sent) sent++
  }
  return { sent }
}
