import { describe, expect, it } from 'vitest'

import { gqlNames } from '../support/access-table'
import { type TCtx, accessWorld } from '../support/access-world'

/** Beside the tables: a customer's list and count without any filter hold only their own. */
const world = accessWorld()

describe.each(['local', 'rest', 'graphql'] as const)(
  'a customer listing without filters, via %s',
  (via) => {
    const own = (w: TCtx) => ({
      customers: {
        gql: gqlNames('Customer', 'Customers'),
        mine: [w.customerA.id],
        foreign: w.customerB.id,
      },
      orders: { gql: gqlNames('Order', 'Orders'), mine: null, foreign: w.orderB.id },
      staff: { gql: gqlNames('Staff', 'allStaff'), mine: [w.managerA.id], foreign: w.managerB.id },
      'customer-sessions': {
        gql: gqlNames('CustomerSession', 'CustomerSessions'),
        mine: [w.sessions.A],
        foreign: w.sessions.B,
      },
    })

    it.each(['customers', 'orders', 'staff', 'customer-sessions'] as const)(
      '%s: totals count only their own',
      async (slug) => {
        const { w, who, paths } = world
        const o = own(w)[slug]
        // Orders may be created for customer A by other tests; the database says which are theirs.
        const mine =
          o.mine ??
          (
            await w.payload.find({
              collection: 'orders',
              where: { customer: { equals: w.customerA.id } },
              limit: 100,
              overrideAccess: true,
              depth: 0,
            })
          ).docs.map((d) => d.id)
        const list = await paths[via].find(slug, o.gql, null, who.customerA)
        const count = await paths[via].count(slug, o.gql, null, who.customerA)
        expect(list).toEqual({ status: 200, ids: [...mine].sort(), total: mine.length })
        expect(list.ids).not.toContain(o.foreign)
        expect(count).toEqual({ status: 200, total: mine.length })
      },
    )
  },
)
