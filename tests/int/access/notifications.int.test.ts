import { describe, expect, it } from 'vitest'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand, type TCtx } from '../support/access-world'

const docs: Record<string, string> = {}

/** A notification as notify()/notifyStaff() write it (system code, overrideAccess). */
const make = async (w: TCtx, owner: { customer: string } | { staff: string }) =>
  String(
    (
      await w.payload.create({
        collection: 'notifications',
        data: {
          ...owner,
          type: 'reminder',
          title: { key: 'Notifications.demo.reminder' },
          link: `/matrix-${rand()}`,
          emailState: 'skipped',
        },
        overrideAccess: true, // test setup: only system code writes notifications
      })
    ).id,
  )

/**
 * Notifications belong to their recipient: customers and staff read and mark read only their
 * own; administrators see all of them. Nobody creates or deletes them through the API.
 */
const world = accessTable({
  slug: 'notifications',
  gql: gqlNames('Notification', 'Notifications'),
  setup: async (w) => {
    docs.A = await make(w, { customer: w.customerA.id })
    docs.B = await make(w, { customer: w.customerB.id })
    docs.MA = await make(w, { staff: w.managerA.id })
    docs.MK = await make(w, { staff: w.marketing.id })
    docs.FI = await make(w, { staff: w.finance.id })
  },
  docs: () => docs,
  read: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
  update: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: {
    field: 'readAt',
    value: () => new Date(Date.now() - Math.floor(Math.random() * 1e9)).toISOString(),
  },
  newDoc: (w) => ({
    customer: w.customerA.id,
    type: 'reminder',
    title: { key: 'Notifications.demo.reminder' },
    link: `/matrix-${rand()}`,
  }),
  key: 'link',
})

describe('notifications: the recipient may set readAt and nothing else', () => {
  it.each(['local', 'rest', 'graphql'] as const)('via %s', async (via) => {
    const { w, who, paths } = world
    const before = await w.payload.findByID({
      collection: 'notifications',
      id: docs.A,
      overrideAccess: true,
    })
    const readAt = new Date().toISOString()
    await paths[via].update(
      'notifications',
      gqlNames('Notification', 'Notifications'),
      docs.A,
      { readAt, link: '/elsewhere', type: 'message', customer: w.customerB.id },
      who.customerA,
    )
    const after = await w.payload.findByID({
      collection: 'notifications',
      id: docs.A,
      overrideAccess: true,
      depth: 0,
    })
    expect(after.readAt).toBe(readAt)
    expect(after).toMatchObject({ link: before.link, type: 'reminder', customer: w.customerA.id })
  })
})
