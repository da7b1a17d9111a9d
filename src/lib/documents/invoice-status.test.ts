import { describe, expect, it } from 'vitest'

import { retentionCutoff } from './retention'
import { invoiceState, totalOpen } from './invoice-status'

describe('invoice state', () => {
  const now = new Date('2026-12-02T12:00:00Z')
  it('is overdue only after the whole due day has passed', () => {
    expect(invoiceState({ status: 'open', dueDate: '2026-12-02T00:00:00Z' }, now)).toBe('open')
    expect(invoiceState({ status: 'open', dueDate: '2026-12-01T00:00:00Z' }, now)).toBe('overdue')
    expect(invoiceState({ status: 'paid', dueDate: '2020-01-01T00:00:00Z' }, now)).toBe('paid')
  })

  it('totals open amounts per currency and ignores paid ones', () => {
    expect(
      totalOpen([
        { status: 'open', amountCents: 100, currency: 'EUR' },
        { status: 'open', amountCents: 250, currency: 'EUR' },
        { status: 'paid', amountCents: 999, currency: 'EUR' },
        { status: 'open', amountCents: 5, currency: 'GBP' },
      ]),
    ).toEqual({ EUR: 350, GBP: 5 })
  })

  it('keeps invoices seven years', () => {
    expect(retentionCutoff(now).toISOString()).toBe('2019-12-02T12:00:00.000Z')
  })
})
