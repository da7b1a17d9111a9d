import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { mailDate, mailTranslator } from './format'
import { renderBrandedMail } from './layout'

/** Invitation and password-reset mails, in the customer's language, as HTML and plain text. */
export function renderAccountLinkMail(args: {
  locale: TLocale
  kind: 'invitation' | 'reset'
  to: string
  name: string
  link: string
  expiresAt: Date
}): TMail {
  const t = mailTranslator(args.locale, 'Email')
  const date = mailDate(args.locale, args.expiresAt)
  const k = args.kind
  const lines = {
    subject: t(`${k}.subject`),
    greeting: t(`${k}.greeting`, { name: args.name }),
    body: t(`${k}.body`),
    cta: t(`${k}.cta`),
    expires: t(`${k}.expires`, { date }),
    ignore: t(`${k}.ignore`),
    signature: t('signature'),
  }
  return renderBrandedMail({
    locale: args.locale,
    to: args.to,
    subject: lines.subject,
    greeting: lines.greeting,
    blocks: [
      { kind: 'paragraph', text: lines.body, tone: 'secondary' },
      { kind: 'button', label: lines.cta, href: args.link },
      { kind: 'note', lines: [lines.expires, lines.ignore] },
    ],
    signature: lines.signature,
  })
}
