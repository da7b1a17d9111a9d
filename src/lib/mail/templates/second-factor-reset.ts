import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { mailDate, mailTranslator } from './format'
import { renderBrandedMail } from './layout'

/**
 * Tells a customer that staff reset their two-step verification, in their language: no link to
 * act on beyond the portal itself, and whom to call if they did not ask for it.
 */
export function renderSecondFactorResetMail(args: {
  locale: TLocale
  to: string
  name: string
  portalUrl: string
  resetAt: Date
}): TMail {
  const t = mailTranslator(args.locale, 'SecondFactorResetEmail')
  const date = mailDate(args.locale, args.resetAt)
  const lines = {
    subject: t('subject'),
    greeting: t('greeting', { name: args.name }),
    body: t('body', { date }),
    next: t('next'),
    notYou: t('notYou'),
    cta: t('cta'),
    signature: t('signature'),
  }
  return renderBrandedMail({
    locale: args.locale,
    to: args.to,
    subject: lines.subject,
    greeting: lines.greeting,
    blocks: [
      { kind: 'paragraph', text: lines.body, tone: 'secondary' },
      { kind: 'paragraph', text: lines.next, tone: 'secondary' },
      { kind: 'paragraph', text: lines.notYou, tone: 'primary' },
      { kind: 'button', label: lines.cta, href: args.portalUrl },
    ],
    signature: lines.signature,
  })
}
