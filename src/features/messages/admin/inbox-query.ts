import 'server-only'

import type { Payload, Where } from 'payload'

import { messagingStaffAccess } from '@/access/messaging-staff'
import type { TStaffUser } from '@/access/user'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { idOf } from '@/lib/messages/readable-conversation'

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
}

const unreadOf = (c: { lastCustomerMessageAt?: string | null; staffReadAt?: string | null }) =>
  Boolean(c.lastCustomerMessageAt) &&
  (!c.staffReadAt || new Date(c.lastCustomerMessageAt!) > new Date(c.staffReadAt))

/**
 * The inbox for one staff member, read with their own access (the conversations rule decides:
 * admins all, account managers their customers' and those handed to them), unread first, then the
 * latest message. `mine` narrows to what they answer now; the search matches name or email.
 */
export async function inboxRows(args: {
  payload: Payload
  staff: TStaffUser
  filter: TInboxFilter
  search?: string
}): Promise<TInboxRow[]> {
  const { payload, staff, filter } = args
  // Marketing and finance have no inbox: an empty one, not Payload's 403 on a read refused outright.
  if (messagingStaffAccess(staff, '') === null) return []
  const as = { user: staff, overrideAccess: false, pagination: false } as const
  const and: Where[] = []
  const search = args.search?.trim()
  if (search) {
    const customers = await payload.find({
      collection: 'customers',
      where: {
        or: [
          { email: { like: search } },
          { firstName: { like: search } },
          { lastName: { like: search } },
        ],
      },
      select: {},
      depth: 0,
      limit: 500,
      ...as,
    })
    and.push({ customer: { in: customers.docs.map((c) => String(c.id)) } })
  }
  if (filter === 'mine')
    and.push({
      or: [
        { assignedTo: { equals: staff.id } },
        {
          and: [
            { assignedTo: { exists: false } },
            { 'customer.accountManager': { equals: staff.id } },
          ],
        },
      ],
    })
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
    populate: {
      customers: { firstName: true, lastName: true, email: true, preferredLocale: true },
    },
    depth: 1,
    sort: '-lastMessageAt',
    limit: 500,
    ...as,
  })
  const rows = found.docs.map((c): TInboxRow => {
    const customer = typeof c.customer === 'object' ? c.customer : null
    return {
      id: String(c.id),
      customerName: [customer?.firstName, customer?.lastName].filter(Boolean).join(' '),
      customerEmail: customer?.email ?? '',
      customerLocale: (customer?.preferredLocale as TLocale | undefined) ?? DEFAULT_LOCALE,
      assignedTo: idOf(c.assignedTo),
      lastMessageAt: c.lastMessageAt ?? null,
      unread: unreadOf(c),
    }
  })
  const shown = filter === 'unread' ? rows.filter((r) => r.unread) : rows
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
