import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { responseFigures, type TResponseFigure } from '@/features/messages/admin/response-figures'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation, createMessage, newClientId } from '@/seed/message-factories'
import type { Staff } from '@/payload-types'

import { asCustomer, asStaff, PASSWORD, testPayload } from './support/world'

let payload: Payload
let anna: Staff
let ben: Staff
let admin: Staff
let marketing: Staff
const MIN = 60_000
const DAY = 86_400_000
const now = new Date()
const at = (ms: number) => new Date(now.getTime() + ms).toISOString()

/** A conversation of a new customer of `manager`, with these messages at these times. */
async function history(
  manager: Staff,
  messages: { at: number; from: 'customer' | Staff; internal?: boolean }[],
) {
  const customer = await createCustomer(payload, { accountManager: manager.id })
  const conversation = String((await createConversation(payload, customer.id)).id)
  for (const m of messages)
    await createMessage(payload, {
      conversation,
      from: m.from === 'customer' ? { customer: true } : { staff: m.from.id },
      body: m.internal ? 'Internal: ask the workshop' : 'A message',
      internal: m.internal,
      createdAt: at(m.at),
    })
  return conversation
}

const figureOf = (figures: TResponseFigure[], staff: Staff) =>
  figures.find((f) => f.staffId === String(staff.id))

let handedOver: string

beforeAll(async () => {
  payload = await testPayload()
  ;[anna, ben, admin, marketing] = await Promise.all([
    createStaff(payload, { role: 'account-manager', password: PASSWORD, name: 'Anna Response' }),
    createStaff(payload, { role: 'account-manager', password: PASSWORD, name: 'Ben Response' }),
    createStaff(payload, { role: 'admin', password: PASSWORD }),
    createStaff(payload, { role: 'marketing', password: PASSWORD }),
  ])
  // Anna: 40 min from the first of two questions (the internal note after 7 min is no answer).
  await history(anna, [
    { at: -5 * DAY, from: 'customer' },
    { at: -5 * DAY + 5 * MIN, from: 'customer' },
    { at: -5 * DAY + 7 * MIN, from: anna, internal: true },
    { at: -5 * DAY + 40 * MIN, from: anna },
  ])
  // Anna: 60 min, then a new question answered in 30 min.
  await history(anna, [
    { at: -3 * DAY, from: 'customer' },
    { at: -3 * DAY + 60 * MIN, from: anna },
    { at: -3 * DAY + 120 * MIN, from: 'customer' },
    { at: -3 * DAY + 150 * MIN, from: anna },
  ])
  // Anna: a 5 min answer 40 days ago (outside the window), and a question waiting for an hour.
  await history(anna, [
    { at: -40 * DAY, from: 'customer' },
    { at: -40 * DAY + 5 * MIN, from: anna },
    { at: -60 * MIN, from: 'customer' },
  ])
  // Ben: answered by an administrator after 2 h (it counts for Ben, who answers this customer).
  await history(ben, [
    { at: -2 * DAY, from: 'customer' },
    { at: -2 * DAY + 120 * MIN, from: admin },
  ])
  // Ben: only internal notes since the question: still open.
  await history(ben, [
    { at: -DAY, from: 'customer' },
    { at: -DAY + 10 * MIN, from: ben, internal: true },
  ])
  // Ben: a question waiting, handed over to Anna below.
  handedOver = await history(ben, [{ at: -30 * MIN, from: 'customer' }])
})

describe('response times per account manager', () => {
  it('takes the median from the first unanswered message to the reply, in SQL, over 30 days', async () => {
    const figures = await responseFigures({ payload, staff: asStaff(admin), now })
    // Anna's replies in the window: 40, 60 and 30 minutes → median 40 minutes.
    expect(figureOf(figures, anna)).toEqual({
      staffId: String(anna.id),
      name: 'Anna Response',
      medianSeconds: 40 * 60,
      answered: 3,
      open: 1,
    })
    // Ben: one reply (by the admin, after 2 h); two customers waiting, one with only notes.
    expect(figureOf(figures, ben)).toMatchObject({ medianSeconds: 120 * 60, answered: 1, open: 2 })
  })

  it('shows an account manager only their own figures, and other staff none', async () => {
    const annaSees = await responseFigures({ payload, staff: asStaff(anna), now })
    expect(annaSees.map((f) => f.staffId)).toEqual([String(anna.id)])
    expect(figureOf(annaSees, ben)).toBeUndefined()
    expect(await responseFigures({ payload, staff: asStaff(marketing), now })).toEqual([])
  })

  it('counts a waiting conversation under whoever answers it after a handover', async () => {
    await payload.update({
      collection: 'conversations',
      id: handedOver,
      data: { assignedTo: anna.id },
      user: asStaff(ben),
      overrideAccess: false,
    })
    const figures = await responseFigures({ payload, staff: asStaff(admin), now })
    expect(figureOf(figures, anna)).toMatchObject({ open: 2 })
    expect(figureOf(figures, ben)).toMatchObject({ open: 1 })
  })

  it('starts and ends a wait through the send path: a staff reply closes it, a note does not', async () => {
    const customer = await createCustomer(payload, { accountManager: ben.id })
    const conversation = String((await createConversation(payload, customer.id)).id)
    const say = (user: Staff | 'customer', internal = false) =>
      payload.create({
        collection: 'messages',
        data: { conversation, clientId: newClientId(), body: 'Hello', internal },
        user: user === 'customer' ? asCustomer(customer) : asStaff(user),
        overrideAccess: false,
      })
    const open = async () =>
      figureOf(await responseFigures({ payload, staff: asStaff(ben) }), ben)!.open
    const before = await open()
    await say('customer')
    await say('customer')
    expect(await open()).toBe(before + 1)
    await say(ben, true)
    expect(await open()).toBe(before + 1)
    await say(ben)
    expect(await open()).toBe(before)
  })
})
