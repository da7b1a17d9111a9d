import { getTranslations } from 'next-intl/server'

import { STAGES, stageProgress } from '@/lib/orders/stages'

/**
 * Five-step build progress; the current stage is announced. The stage names are single long words
 * in Dutch and German ("Eindassemblage", "Auslieferung"), so they are never squeezed into five
 * narrow columns: where the bar itself is narrow (a phone, the dashboard card) the steps stand as
 * a list, and only a wide bar puts the names in a row. Never broken mid-word, never clipped.
 */
export async function StageProgress({
  stage,
  deliveredAt,
}: {
  stage: string
  deliveredAt?: string | null
}) {
  const t = await getTranslations('Stages')
  const td = await getTranslations('Dashboard')
  const p = stageProgress(stage, deliveredAt)
  const currentIndex = p.current ? STAGES.indexOf(p.current) : STAGES.length - 1
  const summary = p.delivered
    ? td('delivered')
    : t('stepOf', { current: currentIndex + 1, total: STAGES.length })
  return (
    <div className="@container" data-testid="stage-progress">
      <p
        className="text-sm text-mist mb-5 flex flex-wrap items-baseline gap-x-3 gap-y-1"
        data-testid="stage-summary"
      >
        <span className="eyebrow">{summary}</span>
        {p.current && <span className="text-ivory">{t(p.current)}</span>}
      </p>
      <ol
        className="grid grid-cols-1 gap-2.5 @2xl:grid-cols-5 @2xl:gap-1.5"
        aria-label={summary}
        data-testid="stage-bar"
      >
        {p.steps.map((step) => (
          <li
            key={step.stage}
            aria-current={step.state === 'current' ? 'step' : undefined}
            className="grid grid-cols-[2.5rem_minmax(0,1fr)] items-center gap-3 @2xl:flex @2xl:flex-col @2xl:items-stretch"
            data-state={step.state}
          >
            <span
              className={`h-0.5 w-full ${step.state === 'complete' ? 'bg-amber' : step.state === 'current' ? 'bg-gradient-to-r from-amber to-line' : 'bg-line'}`}
              aria-hidden="true"
            />
            <span
              aria-hidden="true"
              data-testid="stage-label"
              className={`min-w-0 text-[0.68rem] tracking-[0.12em] uppercase leading-tight whitespace-nowrap @2xl:text-[0.62rem] @2xl:tracking-[0.08em] ${step.state === 'upcoming' ? 'text-smoke' : step.state === 'current' ? 'text-ivory' : 'text-mist'}`}
            >
              {t(step.stage)}
            </span>
            <span className="sr-only">
              {t(step.stage)}: {t(step.state)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
