import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'
import { isLocale, type TLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { sendMail } from '@/lib/mail/send-mail'
import { renderNotificationMail } from '@/lib/mail/templates/notification'

import { renderMessage, renderOptional } from './render'
import { NOTIFICATION_TYPES, type NotificationType } from './types'
import { unsubscribeToken, unsubscribeUrls } from './unsubscribe-token'

export type TRecipient = 'customer' | 'staff'
type TRow = {
  id: string
  type: string
  title: unknown
  body: unknown
  link: string
  confidential: boolean
  created_at: string | Date
}

const db = (payload: Payload) => postgresOf(payload).drizzle
const ownerColumn = (r: TRecipient) => (r === 'customer' ? sql`customer_id` : sql`staff_id`)
const isCustomerType = (t: string): t is NotificationType =>
  (NOTIFICATION_TYPES as readonly string[]).includes(t)

/**
 * Takes the waiting notifications of one recipient for one mail, in a statement of its own that
 * commits at once: a second job (the rest of a burst, a retry) finds them taken and sends
 * nothing. `state` is 'pending' for the immediate mail and 'digest' for a digest.
 */
export async function claim(
  payload: Payload,
  args: { recipient: TRecipient; id: string; state: 'pending' | 'digest'; type?: string },
): Promise<{ batch: string; rows: TRow[] }> {
  const batch = randomUUID()
  const typeFilter = args.type ? sql`and type = ${args.type}` : sql``
  const { rows } = await db(payload).execute(sql`
    update notifications set email_state = 'sending', email_batch = ${batch}, updated_at = now()
    where ${ownerColumn(args.recipient)} = ${args.id} and email_state = ${args.state} ${typeFilter}
    returning id, type, title, body, link, confidential, created_at`)
  // Oldest first: the mail tells what happened in the order it happened.
  const sorted = (rows as TRow[]).sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime(),
  )
  return { batch, rows: sorted }
}

/** Sets notifications of one recipient from one state to another (skipped, kept for a digest). */
export async function moveState(
  payload: Payload,
  args: { recipient: TRecipient; id: string; from: string; to: string; types?: string[] },
) {
  const types = args.types
  if (types && types.length === 0) return
  const typeFilter = types
    ? sql`and type in (${sql.join(
        types.map((t) => sql`${t}`),
        sql`, `,
      )})`
    : sql``
  await db(payload).execute(sql`
    update notifications set email_state = ${args.to}, updated_at = now()
    where ${ownerColumn(args.recipient)} = ${args.id} and email_state = ${args.from} ${typeFilter}`)
}

const finish = (payload: Payload, batch: string) =>
  db(payload).execute(sql`
    update notifications set email_state = 'sent', emailed_at = now(), updated_at = now()
    where email_batch = ${batch} and email_state = 'sending'`)

/** The mail did not go out: the notifications wait for the job's next try. */
const release = (payload: Payload, batch: string, state: 'pending' | 'digest') =>
  db(payload).execute(sql`
    update notifications set email_state = ${state}, email_batch = null, updated_at = now()
    where email_batch = ${batch} and email_state = 'sending'`)

type TAddressee = {
  email: string
  name: string
  locale: TLocale
  /** Customers only: the origin + locale their portal links start with. */
  portal: string | null
}

/**
 * Sends one mail carrying the claimed notifications. A failure puts them back and throws, so the
 * queue retries with backoff; once the mail is handed to the server they are marked sent. A
 * crash between the two leaves them 'sending': never sent twice, at worst once too few (logged).
 */
export async function sendClaimed(
  payload: Payload,
  args: {
    recipient: TRecipient
    id: string
    to: TAddressee
    claimed: { batch: string; rows: TRow[] }
    digest?: 'daily' | 'weekly'
    releaseTo: 'pending' | 'digest'
  },
) {
  const { to, claimed } = args
  if (claimed.rows.length === 0) return { sent: false as const }
  const base = to.portal ?? env.PUBLIC_URL
  const items = claimed.rows.map((r) => ({
    title: renderMessage(to.locale, r.title as never, r.type),
    body: r.confidential ? null : renderOptional(to.locale, r.body as never),
    href: `${base}${r.link}`,
  }))
  const types = [...new Set(claimed.rows.map((r) => r.type))].filter(isCustomerType)
  const unsubscribe =
    args.recipient === 'customer' && types.length
      ? unsubscribeUrls({ token: unsubscribeToken(args.id, types), locale: to.locale })
      : null
  const mail = renderNotificationMail({
    locale: to.locale,
    to: to.email,
    name: to.name,
    items,
    digest: args.digest,
    portalUrl: base,
    preferencesUrl: to.portal ? `${to.portal}/account/preferences` : null,
    unsubscribe,
    messageId: `<notify-${claimed.batch}@${new URL(env.PUBLIC_URL).hostname}>`,
  })
  try {
    await sendMail(mail)
  } catch (err) {
    await release(payload, claimed.batch, args.releaseTo)
    throw err
  }
  try {
    await finish(payload, claimed.batch)
  } catch (err) {
    // Sent, not recorded: the rows stay 'sending' and no retry picks them up again.
    logger.error({ err, batch: claimed.batch }, 'notification mail sent but not recorded')
  }
  return { sent: true as const, count: claimed.rows.length }
}

/** Who a recipient is for a mail, or null when they should get none (gone, disabled). */
export async function addressee(
  payload: Payload,
  recipient: TRecipient,
  id: string,
): Promise<(TAddressee & { prefs?: TCustomerPrefs }) | null> {
  if (recipient === 'staff') {
    const staff = await payload.findByID({
      collection: 'staff',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true, // system: the mail job, on behalf of the feature that notified
    })
    if (!staff) return null
    return { email: staff.email, name: staff.name ?? staff.email, locale: 'en', portal: null }
  }
  const customer = await payload.findByID({
    collection: 'customers',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // system: as above
  })
  if (!customer || customer.status === 'disabled') return null
  const locale = isLocale(customer.preferredLocale) ? customer.preferredLocale : 'en'
  return {
    email: customer.email,
    name: customer.firstName,
    locale,
    portal: `${env.PUBLIC_URL}/${locale}`,
    prefs: {
      emailOff: (customer.emailOff ?? []) as string[],
      digest: customer.notificationDigest ?? 'immediately',
      timeZone: customer.timeZone || 'Europe/Amsterdam',
    },
  }
}

export type TCustomerPrefs = {
  emailOff: string[]
  digest: 'immediately' | 'daily' | 'weekly'
  timeZone: string
}
