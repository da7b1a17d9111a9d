import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { mailTranslator } from './format'
import { renderBrandedMail, type TMailBlock } from './layout'

export type TNotificationMailItem = { title: string; body: string | null; href: string }

/**
 * One notification mail (a single item, a burst, or a digest) in the reader's language: titles,
 * a link into the portal per item, never the content of a confidential item (its body is null),
 * and the one-click unsubscribe of RFC 8058 in the headers and the footer.
 */
export function renderNotificationMail(args: {
  locale: TLocale
  to: string
  name: string
  items: TNotificationMailItem[]
  digest?: 'daily' | 'weekly'
  portalUrl: string
  preferencesUrl: string | null
  unsubscribe: { oneClick: string; page: string } | null
  messageId: string
}): TMail {
  const t = mailTranslator(args.locale, 'Notifications')
  const e = (k: Parameters<typeof t>[0], v?: Record<string, string | number>) => t(k, v)
  const [first] = args.items
  const subject = args.digest
    ? e(args.digest === 'daily' ? 'email.digestDaily' : 'email.digestWeekly')
    : args.items.length === 1
      ? first.title
      : e('email.subjectMany', { count: args.items.length })
  const blocks: TMailBlock[] = [
    {
      kind: 'paragraph',
      text: e('email.intro', { count: args.items.length }),
      tone: 'secondary',
    },
  ]
  for (const item of args.items) {
    blocks.push({ kind: 'paragraph', text: item.title, tone: 'primary' })
    if (item.body) blocks.push({ kind: 'paragraph', text: item.body, tone: 'secondary' })
    blocks.push({ kind: 'button', label: e('email.open'), href: item.href })
  }
  const footer = [e('email.why')]
  if (args.preferencesUrl) footer.push(`${e('email.preferences')}: ${args.preferencesUrl}`)
  if (args.unsubscribe) footer.push(`${e('email.unsubscribe')}: ${args.unsubscribe.page}`)
  blocks.push({ kind: 'note', lines: footer })
  const mail = renderBrandedMail({
    locale: args.locale,
    to: args.to,
    subject,
    greeting: e('email.greeting', { name: args.name }),
    blocks,
    signature: e('email.signature'),
  })
  return {
    ...mail,
    messageId: args.messageId,
    headers: args.unsubscribe
      ? {
          'List-Unsubscribe': `<${args.unsubscribe.oneClick}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {},
  }
}
