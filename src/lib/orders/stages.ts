/** The five production stages every car passes through, in order. */
export const STAGES = ['design', 'engineering', 'production', 'final-assembly', 'delivery'] as const
export type TStage = (typeof STAGES)[number]

export type TStepState = 'complete' | 'current' | 'upcoming'
export type TStageStep = { stage: TStage; state: TStepState; index: number }

export function isStage(value: unknown): value is TStage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

/**
 * Where an order stands on the five-step visual. A delivered car has every step complete;
 * an unknown stage (bad data) shows as the first step rather than crashing the page.
 */
export function stageProgress(stage: string | null | undefined, deliveredAt?: string | null) {
  const delivered = Boolean(deliveredAt)
  const currentIndex = isStage(stage) ? STAGES.indexOf(stage) : 0
  const steps: TStageStep[] = STAGES.map((s, index) => ({
    stage: s,
    index,
    state:
      delivered || index < currentIndex
        ? 'complete'
        : index === currentIndex
          ? 'current'
          : 'upcoming',
  }))
  const completed = steps.filter((s) => s.state === 'complete').length
  return {
    steps,
    delivered,
    current: delivered ? null : STAGES[currentIndex],
    /** 0..100, with the current step counted as half done. */
    percent: delivered ? 100 : Math.round(((currentIndex + 0.5) / STAGES.length) * 100),
    completed,
  }
}
