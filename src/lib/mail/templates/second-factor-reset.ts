import { createTranslator } from 'next-intl'

import { MESSAGES } from '@/lib/i18n/messages'
import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { escapeHtml as escape, mailDate } from './format'

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
  const t = createTranslator({
    locale: args.locale,
    messages: MESSAGES[args.locale],
    namespace: 'SecondFactorResetEmail',
  })
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
  const text = [
    lines.greeting,
    '',
    lines.body,
    '',
    lines.next,
    '',
    lines.notYou,
    '',
    `${lines.cta}: ${args.portalUrl}`,
    '',
    lines.signature,
  ].join('\n')
  const html = `<!doctype html><html lang="${args.locale}"><body style="margin:0;background:#0b0b0c;color:#e9e6df;font-family:Helvetica Neue,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:48px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%">
<tr><td style="letter-spacing:.35em;font-size:13px;color:#c8a46a;padding-bottom:40px">DONKERVOORT</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:16px">${escape(lines.greeting)}</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:16px;color:#c9c5bc">${escape(lines.body)}</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:16px;color:#c9c5bc">${escape(lines.next)}</td></tr>
<tr><td style="font-size:16px;line-height:1.6;padding-bottom:32px;color:#e9e6df">${escape(lines.notYou)}</td></tr>
<tr><td style="padding-bottom:32px"><a href="${escape(args.portalUrl)}" style="display:inline-block;background:#c8a46a;color:#0b0b0c;text-decoration:none;padding:14px 28px;font-size:14px;letter-spacing:.08em;text-transform:uppercase">${escape(lines.cta)}</a></td></tr>
<tr><td style="font-size:13px;color:#8f8b83;padding-top:40px;border-top:1px solid #26262a">${escape(lines.signature)}</td></tr>
</table></td></tr></table></body></html>`
  return { to: args.to, subject: lines.subject, html, text }
}
