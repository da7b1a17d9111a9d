import { describe, expect, it } from 'vitest'

import { STAGES, stageProgress } from './stages'

const states = (stage: string | null, deliveredAt?: string | null) =>
  stageProgress(stage, deliveredAt).steps.map((s) => s.state)

describe('stageProgress', () => {
  it('marks earlier stages complete, the current one current, later ones upcoming', () => {
    expect(states('production')).toEqual([
      'complete',
      'complete',
      'current',
      'upcoming',
      'upcoming',
    ])
    expect(stageProgress('production').current).toBe('production')
    expect(stageProgress('production').completed).toBe(2)
  })

  it('starts at design and ends at delivery', () => {
    expect(states('design')).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming'])
    expect(states('delivery')).toEqual(['complete', 'complete', 'complete', 'complete', 'current'])
  })

  it('treats a delivered car as fully complete', () => {
    const p = stageProgress('delivery', '2026-01-10T00:00:00.000Z')
    expect(p.steps.every((s) => s.state === 'complete')).toBe(true)
    expect(p.current).toBeNull()
    expect(p.percent).toBe(100)
  })

  it('shows unknown stages as the first step instead of failing', () => {
    expect(states('warp-drive')).toEqual(states('design'))
    expect(states(null)).toEqual(states('design'))
  })

  it('reports progress with the current step half done', () => {
    expect(STAGES.map((s) => stageProgress(s).percent)).toEqual([10, 30, 50, 70, 90])
  })
})
