import { describe, expect, it } from 'vitest'

import { NAV_ITEMS, isCurrentSection } from './nav-items'

const item = (key: string) => NAV_ITEMS.find((i) => i.key === key)!

describe('isCurrentSection', () => {
  it('home is current on the dashboard only', () => {
    expect(isCurrentSection(item('home'), '/')).toBe(true)
    expect(isCurrentSection(item('home'), '/orders')).toBe(false)
  })

  it('a section is current on its pages and sub-pages, not on look-alike paths', () => {
    expect(isCurrentSection(item('orders'), '/orders')).toBe(true)
    expect(isCurrentSection(item('orders'), '/orders/8c0e')).toBe(true)
    expect(isCurrentSection(item('orders'), '/ordersx')).toBe(false)
    expect(isCurrentSection(item('account'), '/account/security')).toBe(true)
    expect(isCurrentSection(item('account'), '/account/confirm')).toBe(true)
  })
})
