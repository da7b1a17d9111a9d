import type { Payload } from 'payload'

import type { MessageRef } from '@/lib/notify/types'
import { modelLabel } from '@/lib/orders/models'

type TDemo = {
  type: string
  title: MessageRef
  body?: MessageRef
  link: string
  order?: string
  hoursAgo: number
  read?: boolean
}

const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString()

/**
 * A few notifications per demo customer (and one for an account manager), so the bell shows
 * unread items after `npm start`. Written as notify() writes them, minus the mail: the demo's
 * history was "sent" long ago, so nothing lands in the outbox.
 */
export async function seedDemoNotifications(
  payload: Payload,
  args: {
    customers: Map<string, string>
    staff: Map<string, string>
    orders: Array<{ id: string; customer: string; model: string; orderNumber: string }>
  },
) {
  const orderOf = (email: string, model?: string) =>
    args.orders.find(
      (o) => o.customer === args.customers.get(email) && (!model || o.model === model),
    )
  const sophieP24 = orderOf('sophie@customer.example', 'p24-rs')
  const sophieF22 = orderOf('sophie@customer.example', 'f22')
  const byCustomer: Record<string, TDemo[]> = {
    'sophie@customer.example': [
      {
        type: 'production-update',
        title: {
          key: 'Notifications.demo.productionUpdate',
          params: { model: modelLabel(sophieP24?.model) },
        },
        body: { key: 'Notifications.demo.productionUpdateBody' },
        link: `/orders/${sophieP24?.id}`,
        order: sophieP24?.id,
        hoursAgo: 2,
      },
      {
        type: 'milestone-reached',
        title: { key: 'Notifications.demo.milestone' },
        link: `/orders/${sophieP24?.id}`,
        order: sophieP24?.id,
        hoursAgo: 30,
      },
      {
        type: 'new-document',
        title: { key: 'Notifications.demo.newDocument' },
        link: `/orders/${sophieF22?.id}`,
        order: sophieF22?.id,
        hoursAgo: 50,
      },
      {
        type: 'message',
        title: { key: 'Notifications.demo.message', params: { manager: 'Anouk' } },
        link: '/',
        hoursAgo: 120,
        read: true,
      },
    ],
    'max@customer.example': [
      {
        type: 'delivery-estimate-changed',
        title: { key: 'Notifications.demo.deliveryChanged' },
        link: `/orders/${orderOf('max@customer.example')?.id}`,
        order: orderOf('max@customer.example')?.id,
        hoursAgo: 5,
      },
      {
        type: 'reminder',
        title: { key: 'Notifications.demo.reminder' },
        link: '/',
        hoursAgo: 26,
      },
    ],
    'james@customer.example': [
      {
        type: 'event-news',
        title: { key: 'Notifications.demo.eventNews' },
        link: '/',
        hoursAgo: 8,
      },
      {
        type: 'message',
        title: { key: 'Notifications.demo.message', params: { manager: 'Pieter' } },
        link: '/',
        hoursAgo: 200,
        read: true,
      },
    ],
    'lena@customer.example': [
      { type: 'reminder', title: { key: 'Notifications.demo.reminder' }, link: '/', hoursAgo: 3 },
    ],
  }
  for (const [email, items] of Object.entries(byCustomer)) {
    const customer = args.customers.get(email)
    if (!customer) continue
    for (const n of items) {
      await payload.create({
        collection: 'notifications',
        data: {
          customer,
          type: n.type,
          title: n.title,
          body: n.body ?? null,
          link: n.link,
          order: n.order ?? null,
          readAt: n.read ? ago(n.hoursAgo - 1) : null,
          emailState: 'skipped',
          createdAt: ago(n.hoursAgo),
        },
        overrideAccess: true, // seed
      })
    }
  }
  const anouk = args.staff.get('anouk@donkervoort.example')
  if (anouk) {
    await payload.create({
      collection: 'notifications',
      data: {
        staff: anouk,
        type: 'customer-message',
        title: { key: 'Notifications.types.customer-message' },
        link: '/admin/collections/customers',
        emailState: 'skipped',
      },
      overrideAccess: true, // seed
    })
  }
}
