import { z } from 'zod'

import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { env } from '@/lib/env'
import { ssoFlowCookieHeader } from '@/lib/auth/sso/flow-cookie'

/** What the visitor is told when single sign-on did not work: never more than this. */
export type TSsoProblem = 'failed' | 'no-access' | 'not-linked' | 'busy'

/** A 303 to a path on this site; the flow cookie is set or cleared on every answer. */
export function redirectTo(path: string, flowCookie: string | null): Response {
  const headers = new Headers({ location: `${env.PUBLIC_URL}${path}`, 'cache-control': 'no-store' })
  headers.append('set-cookie', ssoFlowCookieHeader(flowCookie))
  return new Response(null, { status: 303, headers })
}

export function problemPath(
  locale: string | undefined,
  problem: TSsoProblem,
  audience: 'customers' | 'staff',
): string {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  return `/${lang}/sso-problem?reason=${problem}${audience === 'staff' ? '&for=staff' : ''}`
}

/** The `[provider]` segment of /api/auth/oidc/[provider]/(start|callback), from Next's route context. */
export const ZSsoParams = z.object({ provider: z.string().min(1).max(100) })
