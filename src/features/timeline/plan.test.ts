import { describe, expect, it } from 'vitest'

import { stagePlan } from './plan'
import type { TTimelineMilestone } from './queries'

const m = (id: string, stage: string, state: TTimelineMilestone['state']): TTimelineMilestone => ({
  id,
  name: id,
  stage: stage as TTimelineMilestone['stage'],
  state,
  plannedDate: null,
  actualDate: null,
})

describe('stagePlan', () => {
  it('puts the car at its first milestone not done, stages before it done', () => {
    const plan = stagePlan(
      [
        m('paint', 'production', 'in-progress'),
        m('design', 'design', 'done'),
        m('chassis', 'production', 'done'),
        m('first-drive', 'final-assembly', 'planned'),
      ],
      'production',
      false,
    )
    expect(plan.current?.id).toBe('paint')
    expect(plan.stages.map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
    ])
    expect(plan.stages[2].milestones.map((x) => x.id)).toEqual(['paint', 'chassis'])
    expect([plan.done, plan.total]).toEqual([2, 4])
  })

  it("without milestones follows the order's stage; a delivered car is done everywhere", () => {
    expect(stagePlan([], 'engineering', false).stages.map((s) => s.state)).toEqual([
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ])
    const delivered = stagePlan([m('x', 'delivery', 'planned')], 'delivery', true)
    expect(delivered.current).toBeNull()
    expect(delivered.stages.every((s) => s.state === 'done')).toBe(true)
  })
})
