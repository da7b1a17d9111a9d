import { describe, expect, it } from 'vitest'

import type { Customer, CustomerSession } from '@/payload-types'

import { SessionCache } from './session-cache'

const hit = (customerId: string) => ({
  session: { id: `s-${customerId}` } as CustomerSession,
  customer: { id: customerId } as Customer,
})

function setup(connected = true) {
  const listener = { connected }
  return { cache: new SessionCache(10_000, listener), listener }
}

describe('SessionCache', () => {
  it('keeps a lookup for its lifetime, as a copy', () => {
    const { cache } = setup()
    cache.set('t1', hit('c1'), cache.begin(), 0)
    const got = cache.get('t1', 9_999)
    expect(got?.customer.id).toBe('c1')
    ;(got!.customer as { extra?: number }).extra = 1
    expect(cache.get('t1', 9_999)?.customer).not.toHaveProperty('extra')
    expect(cache.get('t1', 10_000)).toBeNull()
  })

  it('keeps nothing while the database listener is away, and serves nothing once it is lost', () => {
    const { cache, listener } = setup(false)
    cache.set('t1', hit('c1'), cache.begin(), 0)
    expect(cache.get('t1', 1)).toBeNull()
    listener.connected = true
    cache.set('t1', hit('c1'), cache.begin(), 0)
    listener.connected = false
    expect(cache.get('t1', 1)).toBeNull()
  })

  it('drops every session of a customer when the database says they changed', () => {
    const { cache } = setup()
    cache.set('t1', hit('c1'), cache.begin(), 0)
    cache.set('t2', hit('c1'), cache.begin(), 0)
    cache.set('t3', hit('c2'), cache.begin(), 0)
    cache.changed('c1')
    expect(cache.get('t1', 1)).toBeNull()
    expect(cache.get('t2', 1)).toBeNull()
    expect(cache.get('t3', 1)?.customer.id).toBe('c2')
  })

  it('does not keep a lookup that started before a change', () => {
    const { cache } = setup()
    const started = cache.begin()
    cache.changed('c9')
    cache.set('t1', hit('c1'), started, 0)
    expect(cache.get('t1', 1)).toBeNull()
  })

  it('keeps nothing of a customer being changed here until the change is heard, or 5 s pass', () => {
    const { cache } = setup()
    cache.changing('c1', 0)
    cache.set('t1', hit('c1'), cache.begin(), 1)
    expect(cache.get('t1', 2)).toBeNull()
    cache.changed('c1')
    cache.set('t1', hit('c1'), cache.begin(), 3)
    expect(cache.get('t1', 4)?.customer.id).toBe('c1')
    // A change that never committed (no notification) stops blocking after 5 s.
    cache.changing('c2', 0)
    cache.set('t2', hit('c2'), cache.begin(), 5_001)
    expect(cache.get('t2', 5_002)?.customer.id).toBe('c2')
  })

  it('forgets everything when cleared', () => {
    const { cache } = setup()
    cache.set('t1', hit('c1'), cache.begin(), 0)
    cache.clear()
    expect(cache.get('t1', 1)).toBeNull()
  })
})
