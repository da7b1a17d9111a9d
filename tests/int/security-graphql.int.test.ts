import { beforeAll, describe, expect, it } from 'vitest'

import { graphql } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

let w: TWorld
let customer: Headers
let admin: Headers

beforeAll(async () => {
  w = await buildWorld()
  customer = await customerHeaders(w.payload, w.customerA)
  admin = await staffHeaders(w.payload, w.admin)
})

describe('GraphQL limits', () => {
  it('refuses schema introspection to customers and anonymous callers, not to staff', async () => {
    const query = '{ __schema { types { name } } }'
    for (const headers of [customer, new Headers()]) {
      const res = await graphql(query, headers)
      expect(res.json.data?.__schema).toBeUndefined()
      expect(JSON.stringify(res.json.errors)).toMatch(/introspection/i)
    }
    const staff = await graphql(query, admin)
    expect(staff.json.errors).toBeUndefined()
    expect((staff.json.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(10)
  })

  it('answers an ordinary nested query and refuses one nested too deep', async () => {
    const ok = await graphql(
      '{ Orders { docs { id customer { id accountManager { name } } } } }',
      customer,
    )
    expect(ok.json.errors).toBeUndefined()
    expect((ok.json.data?.Orders as { docs: unknown[] }).docs).toHaveLength(1)
    // Depth is checked on the query's shape, before any resolver runs.
    const deep = `{ Orders { docs { ${'customer { '.repeat(12)}id${' }'.repeat(12)} } } }`
    const refused = await graphql(deep, customer)
    expect(refused.json.data).toBeUndefined()
    expect(JSON.stringify(refused.json.errors)).toMatch(/too deep/i)
  })
})
