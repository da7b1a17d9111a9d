import { describe, expect, it } from 'vitest'

import { customerHeaders } from './support/identity'
import { buildWorld } from './support/world'
import { rest } from './support/http'

describe('smoke', () => {
  it('customer reads only own orders over REST', async () => {
    const w = await buildWorld()
    const headers = await customerHeaders(w.payload, w.customerA)
    const res = await rest('GET', 'orders', headers)
    expect(res.status).toBe(200)
    const ids = (res.json.docs as { id: string }[]).map((d) => d.id)
    expect(ids).toEqual([w.orderA.id])
  })
})
