import { beforeAll, describe, expect, it } from 'vitest'

import { getTodayFigures } from '@/features/back-office/today-figures'
import { createCustomer, createOrder, createStaff } from '@/seed/factories'
import type { Staff } from '@/payload-types'

import { asStaff, PASSWORD, testPayload } from './support/world'

const NOW = new Date('2027-03-10T09:00:00Z')
const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString()

let manager: Staff
let colleague: Staff
let admin: Staff

beforeAll(async () => {
  const payload = await testPayload()
  ;[manager, colleague, admin] = await Promise.all([
    createStaff(payload, { role: 'account-manager', password: PASSWORD, name: 'Anouk Test' }),
    createStaff(payload, { role: 'account-manager', password: PASSWORD }),
    createStaff(payload, { role: 'admin', password: PASSWORD }),
  ])
  const [active, invited, foreign] = await Promise.all([
    createCustomer(payload, { accountManager: manager.id, password: PASSWORD, lastName: 'Aa' }),
    createCustomer(payload, { accountManager: manager.id, lastName: 'Bb' }),
    createCustomer(payload, { accountManager: colleague.id, password: PASSWORD }),
  ])
  await Promise.all([
    createOrder(payload, {
      customer: active.id,
      stage: 'final-assembly',
      orderNumber: `T-SOON-${Date.now()}`,
      deliveryWindowStart: at(30),
      actionItems: [
        { title: 'Overdue', dueDate: at(-2), done: false },
        { title: 'Later', dueDate: at(20), done: false },
        { title: 'Done', dueDate: at(-9), done: true },
      ],
    }),
    createOrder(payload, { customer: active.id, stage: 'design', deliveryWindowStart: at(400) }),
    createOrder(payload, { customer: invited.id, stage: 'delivery', deliveredAt: at(-60) }),
    createOrder(payload, {
      customer: foreign.id,
      stage: 'production',
      deliveryWindowStart: at(10),
      actionItems: [{ title: 'Not mine', dueDate: at(-1), done: false }],
    }),
  ])
})

describe("the back office's Today figures", () => {
  it("count an account manager's own customers and cars only", async () => {
    const payload = await testPayload()
    const f = await getTodayFigures({ payload, user: asStaff(manager), now: NOW })
    expect(f).toMatchObject({
      customers: 2,
      invited: 1,
      inBuild: 2,
      delivered: 1,
      openActions: 2,
      overdueActions: 1,
      byStage: { design: 1, engineering: 0, production: 0, 'final-assembly': 1, delivery: 0 },
    })
    expect(f.deliveringSoon).toHaveLength(1)
    expect(f.deliveringSoon[0]).toMatchObject({ stage: 'final-assembly', model: 'p24-rs' })
    expect(f.deliveringSoon[0].customer).toMatch(/Aa$/)
  })

  it("never include a colleague's customers; an administrator sees everyone's", async () => {
    const payload = await testPayload()
    const mine = await getTodayFigures({ payload, user: asStaff(colleague), now: NOW })
    expect(mine).toMatchObject({ customers: 1, inBuild: 1, overdueActions: 1 })
    const all = await getTodayFigures({ payload, user: asStaff(admin), now: NOW })
    expect(all.customers).toBeGreaterThanOrEqual(3)
    expect(all.inBuild).toBeGreaterThanOrEqual(3)
  })
})
