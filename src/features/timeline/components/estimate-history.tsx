import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'
import { formatDate, formatDeliveryWindow } from '@/lib/orders/format'

import type { TTimeline } from '../queries'

/** Every move of the delivery estimate with the reason staff gave, newest first. */
export async function EstimateHistory({
  estimates,
  locale,
}: {
  estimates: TTimeline['estimates']
  locale: TLocale
}) {
  if (estimates.length === 0) return null
  const t = await getTranslations('Timeline')
  return (
    <section aria-labelledby="estimate" id="estimate" className="scroll-mt-24">
      <h2 id="estimate" className="eyebrow mb-5">
        {t('estimateHistory')}
      </h2>
      <ol className="flex flex-col gap-4" data-testid="estimate-history">
        {estimates.map((e) => (
          <li key={e.id} className="border-l border-amber/50 pl-4 flex flex-col gap-1">
            <p className="text-sm text-ivory">
              {t('estimateMoved', {
                from: formatDeliveryWindow(locale, e.fromStart, e.fromEnd) ?? t('noEstimate'),
                to: formatDeliveryWindow(locale, e.toStart, e.toEnd) ?? '',
                date: formatDate(locale, e.createdAt),
              })}
            </p>
            <p className="text-sm text-mist">{e.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
