import type { TRhythmRow } from '@/lib/timeline/rhythm'

import type { TMail } from '../send-mail'
import { renderBrandedMail } from './layout'

/**
 * The account manager's daily list of customers who have waited too long for a production
 * update, longest silence first, with a link per car to post one. English, like the back office
 * (staff have no language preference yet).
 */
export function renderOverdueUpdatesMail(args: {
  to: string
  name: string
  rows: TRhythmRow[]
  thresholdDays: number
  publicUrl: string
}): TMail {
  const n = args.rows.length
  const subject =
    n === 1
      ? '1 customer is waiting for a production update'
      : `${n} customers are waiting for a production update`
  const since = (r: TRhythmRow) =>
    r.lastPublishedAt
      ? `${r.days} days since the last update`
      : `${r.days} days since the order, no update yet`
  return renderBrandedMail({
    locale: 'en',
    to: args.to,
    subject,
    greeting: `Dear ${args.name},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `These customers of yours have had no published production update for more than ${args.thresholdDays} days. A few lines and a photo of their car keep them with us.`,
        tone: 'secondary',
      },
      ...args.rows.flatMap((r) =>
        r.orders.map((o) => ({
          kind: 'item' as const,
          text: `${r.name} · ${o.orderNumber} · ${since(r)}`,
          label: `Post an update for ${o.orderNumber}`,
          href: `${args.publicUrl}/admin/collections/production-updates/create?order=${o.id}`,
        })),
      ),
      {
        kind: 'button',
        label: 'Open the update rhythm',
        href: `${args.publicUrl}/admin/update-rhythm`,
      },
    ],
    signature: 'Donkervoort customer portal',
  })
}
