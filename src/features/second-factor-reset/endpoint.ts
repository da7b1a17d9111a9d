import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/user'
import { env } from '@/lib/env'
import { isLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { sendMail } from '@/lib/mail/send-mail'
import { renderSecondFactorResetMail } from '@/lib/mail/templates/second-factor-reset'
import type { Customer } from '@/payload-types'

import { canResetSecondFactor } from './can-reset'
import { resetSecondFactor, type TResetTarget } from './reset-second-factor'

const problem = (status: number, title: string) =>
  Response.json(
    { type: 'about:blank', title, status },
    {
      status,
      headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    },
  )

/**
 * POST /api/<customers|staff>/:id/reset-second-factor — the "Reset two-step verification"
 * button in the back office. Authorises itself: staff through the second factor only; a record
 * the caller cannot read answers 404 like a missing one; a readable one they may not reset, 403.
 */
export function resetSecondFactorEndpoint(collection: TResetTarget): Endpoint {
  return {
    path: '/:id/reset-second-factor',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const user = req.user
      if (!isStaff(user)) return problem(401, 'Sign in to continue.')
      const id = String(req.routeParams?.id ?? '')
      const target = await req.payload
        .findByID({ collection, id, depth: 0, overrideAccess: false, user, disableErrors: true })
        .catch(() => null)
      if (!target) return problem(404, 'Not found.')
      const manager = (target as Customer).accountManager
      const allowed = canResetSecondFactor(
        user,
        collection === 'customers'
          ? {
              collection,
              accountManagerId: (typeof manager === 'object' ? manager?.id : manager) ?? null,
            }
          : { collection, id },
      )
      if (!allowed) return problem(403, 'You may not reset this two-step verification.')

      const { resetAt, record } = await resetSecondFactor({ req, actor: user, collection, id })
      if (collection === 'customers') await mailCustomer(record as Customer, resetAt)
      return Response.json({ reset: true, resetAt }, { headers: { 'cache-control': 'no-store' } })
    },
  }
}

/** After the commit: a mail server that is away must not undo the reset; it is logged instead. */
async function mailCustomer(customer: Customer, resetAt: Date) {
  const locale = isLocale(customer.preferredLocale) ? customer.preferredLocale : 'en'
  try {
    await sendMail(
      renderSecondFactorResetMail({
        locale,
        to: customer.email,
        name: customer.firstName,
        portalUrl: `${env.PUBLIC_URL}/${locale}/login`,
        resetAt,
      }),
    )
  } catch (err) {
    logger.error({ err, customerId: customer.id }, 'second-factor reset mail not sent')
  }
}
