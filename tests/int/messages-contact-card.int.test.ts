import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getConversationPage } from '@/features/messages/queries'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation } from '@/seed/message-factories'
import type { Customer, Staff } from '@/payload-types'

import { asCustomer, asStaff, PASSWORD, testPayload } from './support/world'

let payload: Payload
let manager: Staff
let colleague: Staff
let customer: Customer
let conversation: string

beforeAll(async () => {
  payload = await testPayload()
  ;[manager, colleague] = await Promise.all([
    createStaff(payload, {
      role: 'account-manager',
      password: PASSWORD,
      name: 'Mara Cardholder',
      title: 'Account manager',
    }),
    createStaff(payload, {
      role: 'account-manager',
      password: PASSWORD,
      name: 'Cas Covering',
      title: 'Senior account manager',
      phone: '+31 320 000 000',
    }),
  ])
  customer = await createCustomer(payload, { accountManager: manager.id })
  conversation = String((await createConversation(payload, customer.id)).id)
})

const card = async () =>
  (await getConversationPage({ customer: asCustomer(customer), locale: 'en' })).manager

describe('the contact card on the customer’s messages page', () => {
  it('shows their own account manager', async () => {
    expect(await card()).toMatchObject({ name: 'Mara Cardholder', title: 'Account manager' })
  })

  it('after a handover shows the colleague now answering, though the customer cannot read that staff record', async () => {
    await payload.update({
      collection: 'conversations',
      id: conversation,
      data: { assignedTo: colleague.id },
      user: asStaff(manager),
      overrideAccess: false,
    })
    const shown = await card()
    expect(shown).toMatchObject({ name: 'Cas Covering', title: 'Senior account manager' })
    // Only the card's own fields travel, and the staff rule itself is unchanged.
    expect(Object.keys(shown!).sort()).toEqual(
      ['absence', 'availability', 'hours', 'name', 'title'].sort(),
    )
    const direct = await payload.findByID({
      collection: 'staff',
      id: colleague.id,
      user: asCustomer(customer),
      overrideAccess: false,
      disableErrors: true,
    })
    expect(direct).toBeNull()
  })

  it('goes back to the account manager when the conversation is handed back', async () => {
    await payload.update({
      collection: 'conversations',
      id: conversation,
      data: { assignedTo: null },
      user: asStaff(colleague),
      overrideAccess: false,
    })
    expect(await card()).toMatchObject({ name: 'Mara Cardholder' })
  })
})
