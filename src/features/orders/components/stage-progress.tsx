import { getTranslations } from 'next-intl/server'

import { STAGES, stageProgress } from '@/lib/orders/stages'

/** Five-step build progress: a line with a marker per stage; the current stage is announced. */
export async function StageProgress({
  stage,
  deliveredAt,
}: {
  stage: string
  deliveredAt?: string | null
}) {
  const t = await getTranslations('Stages')
  const p = stageProgress(stage, deliveredAt)
  const currentIndex = p.current ? STAGES.indexOf(p.current) : STAGES.length - 1
  return (
    <div>
      <p className="text-sm text-mist mb-4" data-testid="stage-summary">
        <span className="eyebrow mr-3">
          {t('stepOf', { current: currentIndex + 1, total: STAGES.length })}
        </span>
        <span className="text-ivory">{t(p.current ?? 'delivery')}</span>
      </p>
      <ol
        className="grid grid-cols-5 gap-1.5"
        aria-label={t('stepOf', { current: currentIndex + 1, total: STAGES.length })}
      >
        {p.steps.map((step) => (
          <li
            key={step.stage}
            aria-current={step.state === 'current' ? 'step' : undefined}
            className="flex flex-col gap-3"
            data-state={step.state}
          >
            <span
              className={`h-0.5 w-full ${step.state === 'complete' ? 'bg-amber' : step.state === 'current' ? 'bg-gradient-to-r from-amber to-line' : 'bg-line'}`}
              aria-hidden="true"
            />
            <span
              aria-hidden="true"
              className={`hidden sm:block text-[0.62rem] tracking-[0.08em] uppercase leading-tight hyphens-auto [overflow-wrap:anywhere] pr-1 ${step.state === 'upcoming' ? 'text-smoke' : step.state === 'current' ? 'text-ivory' : 'text-mist'}`}
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
