import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { recordAudit } from '@/lib/audit/record-audit'

import { auditRows, testAction } from './support/audit'
import { rest } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/** GET /api/audit-log/export.csv: who may export, what comes out, and that exporting is audited. */
let w: TWorld
const action = testAction(`test.export.${randomBytes(4).toString('hex')}`)
beforeAll(async () => {
  w = await buildWorld()
  for (const label of [
    'plain@example.test',
    '=HYPERLINK("http://evil.example","click")',
    'comma, "quoted"',
  ])
    await recordAudit({
      payload: w.payload,
      entry: {
        actorType: 'customer',
        actorLabel: label,
        action,
        outcome: 'failure',
        details: { reason: 'x' },
      },
    })
})

const exportAs = async (headers: Headers, query: string) =>
  rest('GET', `audit-log/export.csv?${query}`, headers)

describe('audit CSV export', () => {
  it('gives finance a filtered CSV with formulas neutralised', async () => {
    const res = await exportAs(
      await staffHeaders(w.payload, w.finance),
      `action=${action}&from=2000-01-01`,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const lines = String(res.json).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'seq,createdAt,actorType,actorId,actorLabel,action,targetType,targetId,outcome,ip,userAgent,requestId,details,prevHash,hash',
    )
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(`,plain@example.test,${action},`)
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`)
    expect(lines[3]).toContain(`,"comma, ""quoted""",`)
    expect(lines[1]).toContain('"{""reason"":""x""}"')
  })

  it('records every export, with its filters', async () => {
    const targetId = `t-${randomBytes(3).toString('hex')}`
    const before = Date.now()
    await exportAs(await staffHeaders(w.payload, w.admin), `targetId=${targetId}`)
    const [row] = await auditRows(w.payload, {
      action: { equals: 'audit.exported' },
      actorId: { equals: w.admin.id },
      createdAt: { greater_than_equal: new Date(before - 1000).toISOString() },
    })
    expect(row).toMatchObject({
      actorType: 'staff',
      actorLabel: w.admin.email,
      outcome: 'success',
      details: { filters: { targetId } },
    })
    expect(row.requestId).toBeTruthy()
  })

  it('refuses account managers, marketing, customers and anonymous callers with problem+json', async () => {
    for (const headers of [
      await staffHeaders(w.payload, w.managerA),
      await staffHeaders(w.payload, w.marketing),
      await customerHeaders(w.payload, w.customerA),
      new Headers(),
    ]) {
      const res = await exportAs(headers, `action=${action}`)
      expect(res.status).toBe(403)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(res.json).toMatchObject({ status: 403, title: 'Forbidden' })
    }
    const denied = await auditRows(w.payload, {
      action: { equals: 'audit.exported' },
      actorId: { equals: w.managerA.id },
    })
    expect(denied.map((r) => r.outcome)).toEqual(['denied'])
  })

  it('streams past one batch, in seq order', async () => {
    const many = testAction(`${action}.many`)
    for (let i = 0; i < 6; i++) {
      await Promise.all(
        Array.from({ length: 100 }, () =>
          recordAudit({
            payload: w.payload,
            entry: { actorType: 'system', action: many, outcome: 'success' },
          }),
        ),
      )
    }
    const res = await exportAs(await staffHeaders(w.payload, w.admin), `action=${many}`)
    const seqs = String(res.json)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => Number(l.split(',')[0]))
    expect(seqs).toHaveLength(600)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  })

  it('answers 400 for a bad filter', async () => {
    const res = await exportAs(await staffHeaders(w.payload, w.finance), 'from=yesterday&bogus=1')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ status: 400, errors: expect.any(Array) })
  })
})
