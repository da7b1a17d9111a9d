import { STAGES, type TStage } from '@/lib/orders/stages'

import type { TTimelineMilestone } from './queries'

export type TStagePlan = {
  stage: TStage
  state: 'done' | 'current' | 'upcoming'
  milestones: TTimelineMilestone[]
}

/**
 * The five stages with their milestones in build order, and where the car is now: the first
 * milestone that is not done. Without milestones (an old order) the order's own stage decides.
 */
export function stagePlan(
  milestones: TTimelineMilestone[],
  orderStage: string,
  delivered: boolean,
) {
  const order = (m: TTimelineMilestone) => STAGES.indexOf(m.stage as TStage)
  const sorted = [...milestones].sort((a, b) => order(a) - order(b))
  const current = delivered ? null : (sorted.find((m) => m.state !== 'done') ?? null)
  const fallback = STAGES.indexOf(orderStage as TStage)
  const currentStage = delivered
    ? STAGES.length
    : current
      ? order(current)
      : milestones.length
        ? STAGES.length
        : Math.max(0, fallback)
  const stages: TStagePlan[] = STAGES.map((stage, i) => ({
    stage,
    state: i < currentStage ? 'done' : i === currentStage ? 'current' : 'upcoming',
    milestones: sorted.filter((m) => m.stage === stage),
  }))
  const done = milestones.filter((m) => m.state === 'done').length
  return { stages, current, done, total: milestones.length }
}
