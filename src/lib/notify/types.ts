import { z } from 'zod'

/** What a customer can be told about; each has its own email switch in the preferences. */
export const NOTIFICATION_TYPES = [
  'production-update',
  'milestone-reached',
  'delivery-estimate-changed',
  'new-document',
  'signature-requested',
  'message',
  'new-content',
  'event-news',
  'reminder',
] as const
export type NotificationType = (typeof NOTIFICATION_TYPES)[number]

/** How often a customer's notification mails go out. */
export const DIGEST_MODES = ['immediately', 'daily', 'weekly'] as const
export type TDigestMode = (typeof DIGEST_MODES)[number]

/**
 * A sentence by reference: `key` is the full path into src/messages/*.json (e.g.
 * 'Timeline.notify.updateTitle'), rendered in the reader's language when it is read.
 */
export type MessageRef = { key: string; params?: Record<string, string | number> }

export const ZMessageRef = z.object({
  key: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[A-Za-z][\w-]*(\.[\w-]+)+$/, 'a dotted message path'),
  params: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
})

/** A portal path without locale, or an /admin path for staff: never another origin. */
export const ZLink = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'a path starting with one slash')

export const ZEntity = z.object({
  collection: z.string().min(1).max(64),
  id: z.union([z.string().min(1).max(100), z.number()]),
})

/** Delivery state of a notification's mail; the in-app item exists regardless. */
export const EMAIL_STATES = ['pending', 'sending', 'sent', 'digest', 'skipped'] as const
export type TEmailState = (typeof EMAIL_STATES)[number]
