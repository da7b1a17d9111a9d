import { getTranslations } from 'next-intl/server'

import { Check, Circle, CircleAlert, CircleDot } from '@/components/ui/icons'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'

import type { stagePlan } from '../plan'

const ICONS = { done: Check, 'in-progress': CircleDot, delayed: CircleAlert, planned: Circle }

/** The five stages as a vertical line, each with its milestones, dates and states. */
export async function MilestonePlan({
  plan,
  locale,
}: {
  plan: ReturnType<typeof stagePlan>
  locale: TLocale
}) {
  const t = await getTranslations('Timeline')
  const ts = await getTranslations('Stages')
  return (
    <div className="flex flex-col gap-8">
      {plan.current && (
        <div className="border border-amber/40 bg-amber/5 p-5 sm:p-6" data-testid="timeline-now">
          <p className="eyebrow mb-2">{t('now')}</p>
          <p className="text-xl sm:text-2xl font-light">
            {plan.current.name}
            <span className="text-mist text-base"> · {ts(plan.current.stage)}</span>
          </p>
          {plan.total > 0 && (
            <p className="text-sm text-mist mt-2">
              {t('progress', { done: plan.done, total: plan.total })}
            </p>
          )}
        </div>
      )}
      <ol className="relative flex flex-col" data-testid="timeline-stages">
        {plan.stages.map((s, i) => (
          <li
            key={s.stage}
            data-state={s.state}
            aria-current={s.state === 'current' ? 'step' : undefined}
            className="relative pl-10 pb-8 last:pb-0"
          >
            {i < plan.stages.length - 1 && (
              <span
                aria-hidden="true"
                className={`absolute left-[11px] top-7 bottom-0 w-px ${s.state === 'done' ? 'bg-amber' : 'bg-line'}`}
              />
            )}
            <span
              aria-hidden="true"
              className={`absolute left-0 top-0.5 flex h-6 w-6 items-center justify-center rounded-full border text-[0.65rem] ${
                s.state === 'done'
                  ? 'border-amber bg-amber text-ink'
                  : s.state === 'current'
                    ? 'border-amber text-amber shadow-[0_0_0_4px_rgba(200,164,106,0.12)]'
                    : 'border-line text-smoke'
              }`}
            >
              {s.state === 'done' ? <Check size={13} /> : i + 1}
            </span>
            <h3
              className={`text-sm tracking-[0.18em] uppercase ${s.state === 'upcoming' ? 'text-smoke' : 'text-ivory'}`}
            >
              {ts(s.stage)}
              <span className="sr-only">: {t(`stageState.${s.state}`)}</span>
            </h3>
            {s.milestones.length > 0 && (
              <ul className="mt-4 flex flex-col divide-y divide-line/60 border-y border-line/60">
                {s.milestones.map((m) => {
                  const Icon = ICONS[m.state]
                  return (
                    <li
                      key={m.id}
                      data-testid="milestone"
                      data-state={m.state}
                      className="grid grid-cols-[1.25rem_1fr] sm:grid-cols-[1.25rem_1fr_auto] gap-x-3 gap-y-1 py-3"
                    >
                      <Icon
                        size={16}
                        aria-hidden="true"
                        className={`mt-0.5 ${m.state === 'done' ? 'text-amber' : m.state === 'delayed' ? 'text-danger' : m.state === 'in-progress' ? 'text-amber-bright' : 'text-smoke'}`}
                      />
                      <p className={m.state === 'planned' ? 'text-mist' : 'text-ivory'}>
                        {m.name}
                        <span
                          className={`ml-2 text-[0.65rem] tracking-[0.14em] uppercase ${m.state === 'delayed' ? 'text-danger' : 'text-smoke'}`}
                        >
                          {t(`state.${m.state}`)}
                        </span>
                      </p>
                      <p className="col-start-2 sm:col-start-3 text-xs text-smoke sm:text-right">
                        {m.actualDate
                          ? t('actual', { date: formatDate(locale, m.actualDate) })
                          : m.plannedDate
                            ? t('planned', { date: formatDate(locale, m.plannedDate) })
                            : null}
                      </p>
                    </li>
                  )
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}
