import 'server-only'

import type { Payload, Where } from 'payload'

import { messagingStaffAccess } from '@/access/messaging-staff'
import type { TStaffUser } from '@/access/user'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { coveredBy } from '@/lib/messages/covers'
import { idOf } from '@/lib/messages/readable-conversation'

import { inboxPreviews, type TInboxPreview } from './inbox-previews'

export type TInboxFilter = 'unread' | 'mine' | 'all'

export type TInboxRow = {
  id: string
  customerName: string
  customerEmail: string
  /** The customer's portal language: canned replies are offered in it. */
  customerLocale: TLocale
  assignedTo: string | null
  lastMessageAt: string | null
  unread: boolean
  /** The last message and how many customer messages are unread; null before the first message. */
  preview: TInboxPreview | null
}

const unreadOf = (c: { lastCustomerMessageAt?: string | null; staffReadAt?: string | null }) =>
  Boolean(c.lastCustomerMessageAt) &&
  (!c.staffReadAt || new Date(c.lastCustomerMessageAt!) > new Date(c.staffReadAt))

/**
 * The inbox for one staff member, read with their own access (the conversations rule decides:
 * admins all, account managers their customers', those handed to them and, during a colleague's
 * absence, the colleague's), unread first, then the latest message. `mine` narrows to what they
 * answer now; the search matches the customer's name or email.
 */
export async function inboxRows(args: {
  payload: Payload
  staff: TStaffUser
  filter: TInboxFilter
  search?: string
  /** The open conversation stays listed under `unread` once it is read (the list refreshes live). */
  keep?: string
}): Promise<TInboxRow[]> {
  const { payload, staff, filter } = args
  // Marketing and finance have no inbox: an empty one, not Payload's 403 on a read refused outright.
  if (messagingStaffAccess(staff, '') === null) return []
  const as = { user: staff, overrideAccess: false, pagination: false } as const
  const covered = await coveredBy({ payload }, String(staff.id))
  const and: Where[] = []
  const search = args.search?.trim()
  if (search)
    and.push({
      or: [
        { 'customer.email': { like: search } },
        { 'customer.firstName': { like: search } },
        { 'customer.lastName': { like: search } },
      ],
    })
  if (filter === 'mine') {
    // What they answer now: their own, those handed to them, and those of colleagues they cover for.
    const answering = [String(staff.id), ...covered]
    and.push({
      or: [
        { assignedTo: { in: answering } },
        {
          and: [
            { assignedTo: { exists: false } },
            { 'customer.accountManager': { in: answering } },
          ],
        },
      ],
    })
  }
  const found = await payload.find({
    collection: 'conversations',
    where: and.length ? { and } : {},
    select: {
      customer: true,
      assignedTo: true,
      lastMessageAt: true,
      lastCustomerMessageAt: true,
      staffReadAt: true,
    },
    depth: 0,
    sort: '-lastMessageAt',
    limit: 500,
    ...as,
  })
  const customerIds = found.docs.map((c) => idOf(c.customer)).filter((id): id is string => !!id)
  const customers = new Map(
    (
      await payload.find({
        collection: 'customers',
        where: { id: { in: customerIds } },
        select: { firstName: true, lastName: true, email: true, preferredLocale: true },
        depth: 0,
        pagination: false,
        // Only the customers of conversations this staff member may read (just above), including
        // those of a colleague they cover for, whose customer records are not theirs.
        overrideAccess: true, // system: names of the conversations' customers only, see above
      })
    ).docs.map((c) => [String(c.id), c]),
  )
  const previews = await inboxPreviews(
    payload,
    found.docs.map((c) => String(c.id)),
  )
  const rows = found.docs.map((c): TInboxRow => {
    const customer = customers.get(idOf(c.customer) ?? '')
    return {
      id: String(c.id),
      customerName: [customer?.firstName, customer?.lastName].filter(Boolean).join(' '),
      customerEmail: customer?.email ?? '',
      customerLocale: (customer?.preferredLocale as TLocale | undefined) ?? DEFAULT_LOCALE,
      assignedTo: idOf(c.assignedTo),
      lastMessageAt: c.lastMessageAt ?? null,
      unread: unreadOf(c),
      preview: previews.get(String(c.id)) ?? null,
    }
  })
  const shown = filter === 'unread' ? rows.filter((r) => r.unread || r.id === args.keep) : rows
  // Stable sort: unread first, each group still newest first.
  return shown.sort((a, b) => Number(b.unread) - Number(a.unread))
}

export type TCannedReply = { id: string; title: string; body: string }

/**
 * The canned replies in `locale` (untranslated ones fall back to the default language), read with
 * the staff member's own access: none for staff who do not answer customers.
 */
export async function cannedReplies(args: {
  payload: Payload
  staff: TStaffUser
  locale: TLocale
}): Promise<TCannedReply[]> {
  if (messagingStaffAccess(args.staff, '') === null) return []
  const found = await args.payload.find({
    collection: 'canned-replies',
    locale: args.locale,
    fallbackLocale: DEFAULT_LOCALE,
    sort: 'sortOrder',
    limit: 100,
    depth: 0,
    user: args.staff,
    overrideAccess: false,
  })
  return found.docs
    .filter((d) => d.title && d.body)
    .map((d) => ({ id: String(d.id), title: d.title!, body: d.body! }))
}
