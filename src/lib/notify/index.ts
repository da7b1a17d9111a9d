import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { env } from '@/lib/env'

import {
  NOTIFICATION_TYPES,
  ZEntity,
  ZLink,
  ZMessageRef,
  type MessageRef,
  type NotificationType,
} from './types'

export type { MessageRef, NotificationType } from './types'
export { NOTIFICATION_TYPES } from './types'

const ZId = z.union([z.string().min(1).max(100), z.number()])

const ZNotifyInput = z.object({
  customer: ZId,
  type: z.enum(NOTIFICATION_TYPES),
  title: ZMessageRef,
  body: ZMessageRef.optional(),
  link: ZLink,
  entity: ZEntity.optional(),
  order: ZId.optional(),
  confidential: z.boolean().optional(),
})

const ZNotifyStaffInput = z.object({
  staff: ZId,
  type: z.string().min(1).max(64),
  title: ZMessageRef,
  body: ZMessageRef.optional(),
  link: ZLink,
  entity: ZEntity.optional(),
})

/** When the mail job runs: after the batch window, so a burst of notifications becomes one mail. */
const batchUntil = () => new Date(Date.now() + env.NOTIFY_BATCH_SECONDS * 1000).toISOString()

/**
 * Tells a customer that something happened. Call it with the `req` of the change it is about:
 * the notification and its mail job are written in that transaction, so a rolled-back change
 * leaves no notification and a committed one never loses it. Only message keys and parameters
 * are stored; the reader's language is chosen when it is shown or mailed.
 */
export async function notify(
  input: {
    customer: string | number
    type: NotificationType
    title: MessageRef
    body?: MessageRef
    /** Portal path without locale, e.g. '/orders/<id>'. */
    link: string
    entity?: { collection: string; id: string | number }
    order?: string | number
    confidential?: boolean
  },
  req: PayloadRequest,
): Promise<void> {
  const data = ZNotifyInput.parse(input)
  await req.payload.create({
    collection: 'notifications',
    data: {
      customer: String(data.customer),
      type: data.type,
      title: data.title,
      body: data.body ?? null,
      link: data.link,
      entityCollection: data.entity?.collection ?? null,
      entityId: data.entity ? String(data.entity.id) : null,
      order: data.order ? String(data.order) : null,
      confidential: data.confidential ?? false,
      emailState: 'pending',
    },
    overrideAccess: true, // system: notifications are written by features, never by a user directly
    depth: 0,
    req,
  })
  await req.payload.jobs.queue({
    task: 'sendNotificationMail',
    input: { recipient: 'customer', id: String(data.customer), type: data.type },
    waitUntil: new Date(batchUntil()),
    req,
  })
}

/**
 * The same for a staff member about what is theirs (a customer's message, a completed
 * signature, a check-in). `link` is a path on the portal's origin, usually under /admin.
 */
export async function notifyStaff(
  input: {
    staff: string | number
    type: string
    title: MessageRef
    body?: MessageRef
    link: string
    entity?: { collection: string; id: string | number }
  },
  req: PayloadRequest,
): Promise<void> {
  const data = ZNotifyStaffInput.parse(input)
  await req.payload.create({
    collection: 'notifications',
    data: {
      staff: String(data.staff),
      type: data.type,
      title: data.title,
      body: data.body ?? null,
      link: data.link,
      entityCollection: data.entity?.collection ?? null,
      entityId: data.entity ? String(data.entity.id) : null,
      confidential: false,
      emailState: 'pending',
    },
    overrideAccess: true, // system: as notify()
    depth: 0,
    req,
  })
  await req.payload.jobs.queue({
    task: 'sendNotificationMail',
    input: { recipient: 'staff', id: String(data.staff), type: data.type },
    waitUntil: new Date(batchUntil()),
    req,
  })
}
