import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { transactionDb } from '@/lib/db/postgres'
import { withTransaction } from '@/lib/db/with-transaction'
import { env } from '@/lib/env'
import { notify } from '@/lib/notify'

/**
 * Reminds every confirmed registrant of an event starting within EVENT_REMINDER_HOURS. Each
 * registration is claimed (`reminded_at`) and notified in one transaction, so a retried or
 * parallel run never reminds twice and a failed one leaves it to be reminded next time.
 */
export async function sendEventReminders(payload: Payload, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + env.EVENT_REMINDER_HOURS * 3600_000)
  return withTransaction(payload, async ({ transactionID }) => {
    const tx = transactionDb(payload, await transactionID)
    if (!tx) throw new Error('no transaction for event reminders')
    const { rows } = await tx.execute(sql`
      update event_registrations r set reminded_at = now()
      from events e left join events_locales l on l._parent_id = e.id and l._locale = 'en'
      where r.event_id = e.id and r.status = 'confirmed' and r.reminded_at is null
        and e._status = 'published'
        and e.starts_at > ${now.toISOString()} and e.starts_at <= ${until.toISOString()}
      returning r.customer_id, r.event_id, l.title`)
    const req = await createLocalReq({ req: { transactionID: await transactionID } }, payload)
    for (const r of rows as { customer_id: string; event_id: string; title: string | null }[])
      await notify(
        {
          customer: r.customer_id,
          type: 'reminder',
          title: { key: 'Events.notify.reminderTitle', params: { event: r.title ?? '' } },
          body: { key: 'Events.notify.reminderBody' },
          link: `/events/${r.event_id}`,
          entity: { collection: 'events', id: r.event_id },
        },
        req,
      )
    return rows.length
  })
}
