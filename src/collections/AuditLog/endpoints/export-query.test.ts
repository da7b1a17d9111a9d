import { describe, expect, it } from 'vitest'

import { exportWhere, ZAuditExportQuery } from './export-query'

describe('audit export query', () => {
  it('accepts the documented filters and turns them into a Where', () => {
    const q = ZAuditExportQuery.parse({
      from: '2026-11-01',
      to: '2026-11-30',
      actorType: 'staff',
      action: 'customer.updated',
      targetId: 'c1',
    })
    expect(exportWhere(q, '2026-11-30')).toEqual({
      and: [
        { createdAt: { greater_than_equal: '2026-11-01T00:00:00.000Z' } },
        // A bare `to` date includes that whole day.
        { createdAt: { less_than: '2026-12-01T00:00:00.000Z' } },
        { actorType: { equals: 'staff' } },
        { action: { equals: 'customer.updated' } },
        { targetId: { equals: 'c1' } },
      ],
    })
    const exact = ZAuditExportQuery.parse({ to: '2026-11-30T10:00:00Z' })
    expect(exportWhere(exact, '2026-11-30T10:00:00Z')).toEqual({
      and: [{ createdAt: { less_than_equal: '2026-11-30T10:00:00.000Z' } }],
    })
    expect(exportWhere(ZAuditExportQuery.parse({}), null)).toEqual({ and: [] })
  })

  it('refuses bad dates, unknown actor types, reversed ranges and unknown parameters', () => {
    for (const bad of [
      { from: 'yesterday' },
      { actorType: 'robot' },
      { from: '2026-12-01', to: '2026-11-01' },
      { actorTyp: 'staff' },
      { action: 'x'.repeat(101) },
    ])
      expect(ZAuditExportQuery.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
  })
})
