import { z } from 'zod'

import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password'
import { LOCALES } from '@/lib/i18n/locales'

export const ZLocale = z.enum(LOCALES)

export const ZSignIn = z.object({
  locale: ZLocale,
  email: z.email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: z.string().max(300).optional(),
})

export const ZForgot = z.object({ locale: ZLocale, email: z.email().max(254) })

export const ZSetPassword = z.object({
  locale: ZLocale,
  token: z.string().max(100),
  password: z.string().max(PASSWORD_MAX_LENGTH + 1),
  confirm: z.string().max(PASSWORD_MAX_LENGTH + 1),
})

/** Only same-site portal paths are allowed as a post-sign-in destination (no open redirect). */
export function safeNextPath(next: string | undefined, locale: string): string {
  if (next && /^\/(nl|en|de)(\/[\w\-/]*)?$/.test(next) && !next.includes('//')) return next
  return `/${locale}`
}
