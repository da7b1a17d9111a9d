import type { Payload, PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit/record-audit'
import { env } from '@/lib/env'
import { isLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { sendMail } from '@/lib/mail/send-mail'
import { renderAccountLinkMail } from '@/lib/mail/templates/account-link'
import { issueAccountToken, type TTokenPurpose } from '@/lib/auth/account-links/account-tokens'

/**
 * Issues a single-use link and mails it. Invitations go only to customers not yet active;
 * resets only to active ones. Anything else is skipped quietly: the caller never learns
 * whether an account exists.
 */
export async function sendAccountEmail(args: {
  payload: Payload
  customerId: string
  purpose: TTokenPurpose
  req?: Partial<PayloadRequest>
}) {
  const { payload, customerId, purpose, req } = args
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // system: runs as a job, on behalf of the staff member or the customer
    req,
  })
  const wanted = purpose === 'invitation' ? 'invited' : 'active'
  if (!customer || customer.status !== wanted) {
    logger.info(
      { customerId, purpose },
      'account email skipped: customer not in the expected state',
    )
    return { sent: false as const }
  }

  const { token, expiresAt } = await issueAccountToken({ payload, customerId, purpose, req })
  const locale = isLocale(customer.preferredLocale) ? customer.preferredLocale : 'en'
  const link = `${env.PUBLIC_URL}/${locale}/set-password?token=${token}`
  const mail = renderAccountLinkMail({
    locale,
    kind: purpose === 'invitation' ? 'invitation' : 'reset',
    to: customer.email,
    name: customer.firstName,
    link,
    expiresAt,
  })
  const delivery = await sendMail(mail)
  if (delivery.via === 'outbox') {
    // Development without SMTP: the link is printed so it can be opened without a mail client.
    logger.info(`${purpose} link for ${customer.email}: ${link}`)
  }
  if (purpose === 'invitation') {
    await payload.update({
      collection: 'customers',
      id: customerId,
      data: { invitedAt: new Date().toISOString() },
      overrideAccess: true, // system: bookkeeping field no user may set
      context: { skipInvitation: true },
      req,
    })
  }
  await recordAudit({
    payload,
    req,
    entry: {
      actorType: 'system',
      actorLabel: 'job:sendAccountEmail',
      action: purpose === 'invitation' ? 'account.invitation.sent' : 'account.password-reset.sent',
      targetType: 'customer',
      targetId: customerId,
      outcome: 'success',
      details: { via: delivery.via, expiresAt: expiresAt.toISOString() },
    },
  })
  return { sent: true as const }
}
