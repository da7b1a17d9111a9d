import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/lib/env'
import { isLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { sendMail } from '@/lib/mail/send-mail'
import { renderSecondFactorResetMail } from '@/lib/mail/templates/second-factor-reset'

/**
 * Tells a customer that staff reset their two-step verification. Runs as a job queued with the
 * reset itself, so the notice is retried when the mail server is away instead of being lost; a
 * failure throws for the queue to retry.
 */
export async function sendSecondFactorResetMail(args: {
  payload: Payload
  customerId: string
  req?: Partial<PayloadRequest>
}) {
  const { payload, customerId, req } = args
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // system: runs as a job, on behalf of the staff member who reset
    req,
  })
  if (!customer) {
    logger.info({ customerId }, 'second-factor reset mail skipped: customer gone')
    return { sent: false as const }
  }
  const locale = isLocale(customer.preferredLocale) ? customer.preferredLocale : 'en'
  await sendMail(
    renderSecondFactorResetMail({
      locale,
      to: customer.email,
      name: customer.firstName,
      portalUrl: `${env.PUBLIC_URL}/${locale}/login`,
      resetAt: customer.secondFactorResetAt ? new Date(customer.secondFactorResetAt) : new Date(),
    }),
  )
  return { sent: true as const }
}
