import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'
import { logger } from '@/lib/logger'
import { sendMail } from '@/lib/mail/send-mail'
import { renderOverdueUpdatesMail } from '@/lib/mail/templates/overdue-updates'

import { updateRhythm } from './rhythm'

const KEY = 'rhythm-overdue'

/** The factory's calendar day, so "once a day" means one Lelystad day wherever the server runs. */
export const factoryDay = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now)

/**
 * Takes today's mail for one manager, in a statement of its own that commits at once: another
 * instance's run (or a second job the same day) finds the key taken and sends nothing. The key
 * lives in Payload's key-value table, whose key column is unique.
 */
async function claimDay(payload: Payload, key: string): Promise<boolean> {
  const { rows } = await postgresOf(payload).drizzle.execute(sql`
    insert into payload_kv (key, data) values (${key}, ${JSON.stringify({ at: new Date() })}::jsonb)
    on conflict (key) do nothing returning id`)
  return rows.length === 1
}

const releaseDay = (payload: Payload, key: string) =>
  postgresOf(payload).drizzle.execute(sql`delete from payload_kv where key = ${key}`)

/**
 * The daily overdue mail: every account manager with customers whose last published update is
 * older than UPDATE_RHYTHM_DAYS gets one mail listing them; nobody overdue, no mail. Each list is
 * the manager's own view of the rhythm (read with their access), so it holds exactly their
 * customers. A mail that fails gives its day back, so the job's retry sends it.
 */
export async function sendOverdueUpdateMails(payload: Payload, now = new Date()) {
  const day = factoryDay(now)
  const managers = await payload.find({
    collection: 'staff',
    where: { role: { equals: 'account-manager' } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true, // system: the job mails every account manager, whoever runs it
  })
  let sent = 0
  for (const manager of managers.docs) {
    const rows = (
      await updateRhythm({
        payload,
        // Read as the manager (their own access): their customers, nobody else's.
        staff: { ...manager, collection: 'staff', _secondFactor: 'verified' },
        thresholdDays: env.UPDATE_RHYTHM_DAYS,
        now: now.getTime(),
      })
    ).filter((r) => r.overdue)
    if (!rows.length) continue
    const key = `${KEY}:${day}:${manager.id}`
    if (!(await claimDay(payload, key))) continue
    try {
      await sendMail(
        renderOverdueUpdatesMail({
          to: manager.email,
          name: manager.name,
          rows,
          thresholdDays: env.UPDATE_RHYTHM_DAYS,
          publicUrl: env.PUBLIC_URL,
        }),
      )
      sent++
    } catch (err) {
      await releaseDay(payload, key)
      throw err
    }
  }
  // Yesterday's keys are all a second run needs; a week is kept for whoever looks.
  const weekAgo = factoryDay(new Date(now.getTime() - 7 * 86_400_000))
  await postgresOf(payload).drizzle.execute(
    sql`delete from payload_kv where key like ${`${KEY}:%`} and key < ${`${KEY}:${weekAgo}`}`,
  )
  logger.info({ day, sent }, 'overdue update mails sent')
  return { sent }
}
