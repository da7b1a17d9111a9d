import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'

import { stagePlan } from '../plan'
import type { TTimeline } from '../queries'
import { EstimateHistory } from './estimate-history'
import { MilestonePlan } from './milestone-plan'
import { UpdateList } from './update-list'

/** The production timeline of one car: stages and milestones, updates, estimate history. */
export async function TimelineSection({
  timeline,
  orderStage,
  delivered,
  locale,
}: {
  timeline: TTimeline
  orderStage: string
  delivered: boolean
  locale: TLocale
}) {
  const t = await getTranslations('Timeline')
  const plan = stagePlan(timeline.milestones, orderStage, delivered)
  return (
    <div id="timeline" className="flex flex-col gap-12 scroll-mt-24" data-testid="timeline">
      <section aria-labelledby="timeline-plan">
        <h2 id="timeline-plan" className="eyebrow mb-6">
          {t('title')}
        </h2>
        <MilestonePlan plan={plan} locale={locale} />
      </section>
      <section aria-labelledby="timeline-updates">
        <h2 id="timeline-updates" className="eyebrow mb-6">
          {t('updates')}
        </h2>
        <UpdateList updates={timeline.updates} locale={locale} />
      </section>
      <EstimateHistory estimates={timeline.estimates} locale={locale} />
    </div>
  )
}
