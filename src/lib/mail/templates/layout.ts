import type { TLocale } from '@/lib/i18n/locales'

import type { TMail } from '../send-mail'
import { escapeHtml as escape } from './format'

/** What a mail says, top to bottom; the layout decides how it looks in HTML and in plain text. */
export type TMailBlock =
  // No tone: the body colour; 'primary' says so explicitly, for a line that must stand out.
  | { kind: 'paragraph'; text: string; tone?: 'primary' | 'secondary' }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'note'; lines: string[] }
  /** A line of text with its own link beside it: one of several actions in a list. */
  | { kind: 'item'; text: string; label: string; href: string }

const COLOR = { primary: '#e9e6df', secondary: '#c9c5bc', muted: '#8f8b83', brand: '#c8a46a' }

function blockHtml(block: TMailBlock, next: TMailBlock | undefined): string {
  switch (block.kind) {
    case 'paragraph': {
      // More room before a button or a note, so the action stands apart from the text.
      const gap = next && next.kind !== 'paragraph' ? 32 : 16
      const color = block.tone ? `;color:${COLOR[block.tone]}` : ''
      return `<tr><td style="font-size:16px;line-height:1.6;padding-bottom:${gap}px${color}">${escape(block.text)}</td></tr>`
    }
    case 'button':
      return `<tr><td style="padding-bottom:32px"><a href="${escape(block.href)}" style="display:inline-block;background:${COLOR.brand};color:#0b0b0c;text-decoration:none;padding:14px 28px;font-size:14px;letter-spacing:.08em;text-transform:uppercase">${escape(block.label)}</a></td></tr>`
    case 'note':
      return `<tr><td style="font-size:13px;line-height:1.6;color:${COLOR.muted}">${block.lines.map(escape).join('<br>')}</td></tr>`
    case 'item':
      return `<tr><td style="font-size:15px;line-height:1.6;padding:12px 0;border-top:1px solid #26262a">${escape(block.text)}<br><a href="${escape(block.href)}" style="color:${COLOR.brand};font-size:13px;letter-spacing:.06em">${escape(block.label)}</a></td></tr>`
  }
}

function blockText(block: TMailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
    case 'button':
      return `${block.label}: ${block.href}`
    case 'note':
      return block.lines.join('\n')
    case 'item':
      return `${block.text}\n${block.label}: ${block.href}`
  }
}

/**
 * The one branded shell every portal mail uses: the Donkervoort header, the greeting, the blocks
 * and the signature, as HTML (every text escaped) and as plain text with the same content.
 */
export function renderBrandedMail(args: {
  locale: TLocale
  to: string
  subject: string
  greeting: string
  blocks: TMailBlock[]
  signature: string
}): TMail {
  const blocks: TMailBlock[] = [{ kind: 'paragraph', text: args.greeting }, ...args.blocks]
  const text = [...blocks.map(blockText), args.signature].join('\n\n')
  const body = blocks.map((b, i) => blockHtml(b, blocks[i + 1])).join('\n')
  const html = `<!doctype html><html lang="${args.locale}"><body style="margin:0;background:#0b0b0c;color:${COLOR.primary};font-family:Helvetica Neue,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:48px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%">
<tr><td style="letter-spacing:.35em;font-size:13px;color:${COLOR.brand};padding-bottom:40px">DONKERVOORT</td></tr>
${body}
<tr><td style="font-size:13px;color:${COLOR.muted};padding-top:40px;border-top:1px solid #26262a">${escape(args.signature)}</td></tr>
</table></td></tr></table></body></html>`
  return { to: args.to, subject: args.subject, html, text }
}
