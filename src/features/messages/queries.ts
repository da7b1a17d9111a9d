import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { availability } from '@/lib/messages/availability'
import { absenceOf } from '@/lib/messages/covers'
import { ensureConversation } from '@/lib/messages/ensure-conversation'
import { messagesPage } from '@/lib/messages/queries'
import { idOf } from '@/lib/messages/readable-conversation'
import { modelLabel } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

const HELP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Everything the messages page shows at first, read as the customer. */
export async function getConversationPage(args: {
  customer: TCustomerUser
  locale: TLocale
  article?: string
}) {
  const { customer, locale } = args
  const payload = await getPayload()
  const user = customer
  const conversation = await ensureConversation({ payload, customerId: customer.id })
  const managerId = idOf(conversation.assignedTo) ?? idOf(customer.accountManager)
  const [history, manager, orders, article, absence] = await Promise.all([
    messagesPage({ payload, user, conversation: String(conversation.id), limit: 30 }),
    managerId
      ? payload.findByID({
          collection: 'staff',
          id: managerId,
          depth: 0,
          locale,
          select: { name: true, title: true, workingHours: true },
          disableErrors: true,
          // Their own account manager is read with their own access. A colleague the conversation
          // was handed over to is a staff record the customer may not read (staff-read.ts), yet
          // the one answering them now: that card alone, only these contact-card fields.
          ...(managerId === idOf(customer.accountManager)
            ? { user, overrideAccess: false }
            : { overrideAccess: true }), // system: the colleague this customer's own conversation is assigned to, card fields only
        })
      : null,
    payload.find({
      collection: 'orders',
      where: { customer: { equals: customer.id } },
      depth: 0,
      limit: 20,
      select: { model: true, orderNumber: true },
      user,
      overrideAccess: false,
    }),
    args.article && HELP_SLUG.test(args.article) && args.article.length <= 80
      ? payload.find({
          collection: 'help-articles',
          where: { slug: { equals: args.article } },
          limit: 1,
          depth: 0,
          locale,
          select: { title: true },
          user,
          overrideAccess: false,
        })
      : null,
    // system: only the last day away and the covering colleague's name are shown, never the
    // absence itself or anything else about the colleague.
    managerId ? absenceOf({ payload }, managerId) : null,
  ])
  const hours = manager?.workingHours ?? null
  return {
    conversation: String(conversation.id),
    staffReadAt: conversation.staffReadAt ?? null,
    history,
    manager: manager
      ? {
          name: manager.name,
          title: manager.title ?? null,
          hours:
            hours?.from && hours?.to
              ? { from: hours.from, to: hours.to, days: hours.days ?? null }
              : null,
          availability: availability(hours, new Date()),
          absence: absence
            ? { until: absence.until, coverName: absence.cover?.name ?? null }
            : null,
        }
      : null,
    orders: orders.docs.map((o) => ({
      id: String(o.id),
      label: `${modelLabel(o.model)} · ${o.orderNumber}`,
    })),
    articleTitle: article?.docs[0]?.title ?? null,
  }
}

export type TConversationPage = Awaited<ReturnType<typeof getConversationPage>>
