import { getTranslations } from 'next-intl/server'

import { Circle } from '@/components/ui/icons'
import { formatDate } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'

import type { TDashboardOrder } from '../queries'

/** Open to-dos across all the customer's cars, soonest first. */
export async function ActionItems({
  orders,
  locale,
}: {
  orders: TDashboardOrder[]
  locale: string
}) {
  const t = await getTranslations('Dashboard')
  const items = orders
    .flatMap((o) =>
      (o.actionItems ?? [])
        .filter((a) => !a.done)
        .map((a) => ({ ...a, car: modelLabel(o.model), key: `${o.id}-${a.id}` })),
    )
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
  return (
    <section aria-labelledby="next-steps" className="border border-line p-6 sm:p-8 bg-graphite/40">
      <h2 id="next-steps" className="eyebrow mb-6">
        {t('nextActions')}
      </h2>
      {items.length === 0 ? (
        <p className="text-mist text-sm">{t('noActions')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line" data-testid="action-items">
          {items.map((item) => (
            <li key={item.key} className="flex gap-4 py-4 first:pt-0 last:pb-0">
              <Circle size={10} className="mt-1.5 shrink-0 text-amber" aria-hidden="true" />
              <div className="min-w-0">
                <p className="text-ivory leading-snug">{item.title}</p>
                <p className="text-xs text-smoke mt-1">
                  {item.car}
                  {item.dueDate && <> · {t('due', { date: formatDate(locale, item.dueDate) })}</>}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
