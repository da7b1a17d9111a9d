import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import type { TAuditAction } from '@/lib/audit/actions'
import { recordAudit } from '@/lib/audit/record-audit'
import { verifyChain } from '@/lib/audit/verify-chain'

import { asSuperuser, auditRows, pool, runAuditVerify, testAction } from './support/audit'
import { graphql, rest } from './support/http'
import { staffHeaders } from './support/identity'
import { asStaff, buildWorld, type TWorld } from './support/world'

/** The audit log itself: the chain under concurrency, tamper detection, no way to change it, export. */
let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})

const marker = () => testAction(`test.${randomBytes(5).toString('hex')}`)
const entry = (action: TAuditAction, extra: Record<string, unknown> = {}) => ({
  actorType: 'system' as const,
  actorLabel: 'vitest',
  action,
  outcome: 'success' as const,
  ...extra,
})

describe('the chain', () => {
  it('stays contiguous and valid with 20 concurrent writers', async () => {
    const action = marker()
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAudit({ payload: w.payload, entry: entry(action, { details: { i } }) }),
      ),
    )
    expect(new Set(written.map((d) => d.seq)).size).toBe(20)
    // Other suites write concurrently too; the whole table must still be 1..N with intact links.
    const all = await auditRows(w.payload, {})
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1))
    expect(verifyChain(all)).toEqual({ ok: true, checked: all.length })
    expect(
      (await auditRows(w.payload, { action: { equals: action } })).map((r) => r.id).sort(),
    ).toEqual(written.map((d) => d.id).sort())
  })

  it('joins the caller’s transaction: an action rolled back leaves no entry and no gap', async () => {
    const action = marker()
    const transactionID = (await w.payload.db.beginTransaction())!
    await recordAudit({ payload: w.payload, req: { transactionID }, entry: entry(action) })
    await w.payload.db.rollbackTransaction(transactionID)
    expect(await auditRows(w.payload, { action: { equals: action } })).toEqual([])
    const next = await recordAudit({ payload: w.payload, entry: entry(action) })
    const all = await auditRows(w.payload, { seq: { less_than_equal: next.seq } })
    expect(verifyChain(all)).toMatchObject({ ok: true, checked: next.seq })
  })
})

describe('tampering', () => {
  it('the database refuses to change or remove entries', async () => {
    const row = await recordAudit({ payload: w.payload, entry: entry(marker()) })
    const db = pool(w.payload)
    await expect(
      db.query('update audit_log set actor_label = $1 where id = $2', ['x', row.id]),
    ).rejects.toThrow(/append-only/)
    await expect(db.query('delete from audit_log where id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    )
    await expect(db.query('truncate audit_log')).rejects.toThrow(/append-only/)
  })

  it('`npm run audit:verify` finds a row edited directly in PostgreSQL', async () => {
    const row = await recordAudit({
      payload: w.payload,
      entry: entry(marker(), { actorLabel: 'honest@example.test' }),
    })
    expect((await runAuditVerify()).stdout).toMatch(/^audit chain OK: \d+ entries$/m)
    await asSuperuser(w.payload, 'update audit_log set actor_label = $1 where id = $2', [
      'forged@example.test',
      row.id,
    ])
    try {
      const broken = await runAuditVerify()
      expect(broken.code).toBe(1)
      expect(broken.stdout.trim()).toBe(
        `audit chain BROKEN at seq ${row.seq}: content does not match its hash`,
      )
    } finally {
      // Other suites share this database; leave the chain as we found it.
      await asSuperuser(w.payload, 'update audit_log set actor_label = $1 where id = $2', [
        'honest@example.test',
        row.id,
      ])
    }
    expect(await runAuditVerify()).toMatchObject({ code: 0 })
  })
})

describe('nobody changes the log through the APIs', () => {
  it('admins are refused bulk updates and deletes over REST and GraphQL too', async () => {
    const row = await recordAudit({ payload: w.payload, entry: entry(marker()) })
    const h = await staffHeaders(w.payload, w.admin)
    const where = `where[id][equals]=${row.id}`
    expect((await rest('PATCH', `audit-log?${where}`, h, { actorLabel: 'x' })).status).toBe(403)
    expect((await rest('DELETE', `audit-log?${where}`, h)).status).toBe(403)
    const gql = await graphql(
      `mutation { updateAuditLog(id: "${row.id}", data: { actorLabel: "x" }) { id } }`,
      h,
    )
    expect(gql.json.errors?.[0]).toMatchObject({ extensions: { statusCode: 403 } })
    await expect(
      w.payload.delete({
        collection: 'audit-log',
        where: { id: { equals: row.id } },
        user: asStaff(w.admin),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await auditRows(w.payload, { id: { equals: row.id } }))[0]).toMatchObject({
      actorLabel: 'vitest',
      hash: row.hash,
    })
  })

  it('only admins and finance may read', async () => {
    const count = (member: TWorld['admin']) =>
      w.payload
        .count({ collection: 'audit-log', user: asStaff(member), overrideAccess: false })
        .then(
          () => 200,
          (e: { status: number }) => e.status,
        )
    expect(await Promise.all([w.admin, w.finance, w.marketing, w.managerA].map(count))).toEqual([
      200, 200, 403, 403,
    ])
  })
})
