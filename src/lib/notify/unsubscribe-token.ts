import { z } from 'zod'

import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'
import type { TLocale } from '@/lib/i18n/locales'

import { NOTIFICATION_TYPES, type NotificationType } from './types'

/** A mail kept in an inbox for a year still unsubscribes with one click. */
export const UNSUBSCRIBE_TTL_MS = 365 * 24 * 3600_000

const token = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'notify-unsubscribe' },
  schema: z.object({
    c: z.string().min(1).max(100),
    t: z.array(z.enum(NOTIFICATION_TYPES)).min(1),
  }),
  ttlMs: UNSUBSCRIBE_TTL_MS,
})

/**
 * The token an unsubscribe link carries: it names the customer and the notification types of the
 * mail it came in, and nothing else, so it can only switch off email for those types.
 */
export function unsubscribeToken(customerId: string, types: NotificationType[]): string {
  return token.seal({ c: customerId, t: [...new Set(types)] })
}

export function openUnsubscribeToken(value: string | null | undefined) {
  const opened = token.open(value)
  return opened ? { customerId: opened.c, types: opened.t } : null
}

/** RFC 8058 one-click target (POST, no sign-in) and the page a person lands on from the mail. */
export function unsubscribeUrls(args: { token: string; locale: TLocale }) {
  const q = `token=${encodeURIComponent(args.token)}`
  return {
    oneClick: `${env.PUBLIC_URL}/api/notifications/unsubscribe?${q}`,
    page: `${env.PUBLIC_URL}/${args.locale}/unsubscribe?${q}`,
  }
}
