import { describe, expect, it } from 'vitest'

import { fieldName, ZErpBatch } from './schema'

describe('ERP batch schema', () => {
  it('names the offending field the way the problem reports it', () => {
    const r = ZErpBatch.safeParse({
      events: [{ id: 'a', orderNumber: 'DV-1', milestone: 'paint', state: 'finished' }],
    })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => fieldName(i.path))).toEqual(['events[0].state'])
    expect(fieldName([])).toBe('body')
  })

  it('accepts dates with or without a time, and refuses unknown fields', () => {
    const base = { id: 'a', orderNumber: 'DV-1', milestone: 'paint', state: 'done' }
    expect(ZErpBatch.safeParse({ events: [{ ...base, actualDate: '2026-12-02' }] }).success).toBe(
      true,
    )
    expect(
      ZErpBatch.safeParse({ events: [{ ...base, actualDate: '2026-12-02T10:00:00Z' }] }).success,
    ).toBe(true)
    expect(ZErpBatch.safeParse({ events: [{ ...base, colour: 'red' }] }).success).toBe(false)
  })
})
