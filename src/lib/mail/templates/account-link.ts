import { createTranslator } from 'next-intl'

import { MESSAGES } from '@/lib/i18n/messages'
import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { escapeHtml as escape, mailDate } from './format'

/** Invitation and password-reset mails, in the customer's language, as HTML and plain text. */
export function renderAccountLinkMail(args: {
  locale: TLocale
  kind: 'invitation' | 'reset'
  to: string
  name: string
  link: string
  expiresAt: Date
}): TMail {
  const t = createTranslator({
    locale: args.locale,
    messages: MESSAGES[args.locale],
    namespace: 'Email',
  })
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
  const text = [
    lines.greeting,
    '',
    lines.body,
    '',
    `${lines.cta}: ${args.link}`,
    '',
    lines.expires,
    lines.ignore,
    '',
    lines.signature,
  ].join('\n')
  const html = `<!doctype html><html lang="${args.locale}"><body style="margin:0;background:#0b0b0c;color:#e9e6df;font-family:Helvetica Neue,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:48px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%">
<tr><td style="letter-spacing:.35em;font-size:13px;color:#c8a46a;padding-bottom:40px">DONKERVOORT</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:16px">${escape(lines.greeting)}</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:32px;color:#c9c5bc">${escape(lines.body)}</td></tr>
<tr><td style="padding-bottom:32px"><a href="${escape(args.link)}" style="display:inline-block;background:#c8a46a;color:#0b0b0c;text-decoration:none;padding:14px 28px;font-size:14px;letter-spacing:.08em;text-transform:uppercase">${escape(lines.cta)}</a></td></tr>
<tr><td style="font-size:13px;line-height:1.6;color:#8f8b83">${escape(lines.expires)}<br>${escape(lines.ignore)}</td></tr>
<tr><td style="font-size:13px;color:#8f8b83;padding-top:40px;border-top:1px solid #26262a">${escape(lines.signature)}</td></tr>
</table></td></tr></table></body></html>`
  return { to: args.to, subject: lines.subject, html, text }
}
