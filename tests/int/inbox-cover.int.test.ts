import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'

import { inboxRows } from '@/features/messages/admin/inbox-query'
import { absenceOf } from '@/lib/messages/covers'
import { messagesPage } from '@/lib/messages/queries'
import { staffOfConversation } from '@/lib/messages/recipients'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation, createMessage, newClientId } from '@/seed/message-factories'
import type { Conversation, Customer, Staff } from '@/payload-types'

import { asStaff, PASSWORD, testPayload } from './support/world'

let payload: Payload
let away: Staff
let cover: Staff
let bystander: Staff
let marketing: Staff
let customer: Customer
let conversation: Conversation

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString()

/** Sets the absence as the staff member themselves would, through their own access. */
const setAbsence = (absence: {
  from?: string | null
  until?: string | null
  coveredBy?: string | null
}) =>
  payload.update({
    collection: 'staff',
    id: away.id,
    data: { absence },
    user: asStaff(away),
    overrideAccess: false,
    depth: 0,
  })

/** What `staff` can do with the away colleague's customer's conversation right now. */
async function reach(staff: Staff) {
  const user = asStaff(staff)
  const read = await payload.findByID({
    collection: 'conversations',
    id: conversation.id,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  const page = await messagesPage({
    payload,
    user,
    conversation: String(conversation.id),
    limit: 20,
  })
  const mine = await inboxRows({ payload, staff: user, filter: 'mine' })
  const row = mine.find((r) => r.id === String(conversation.id))
  let replied = false
  try {
    await payload.create({
      collection: 'messages',
      data: { conversation: conversation.id, clientId: newClientId(), body: 'Cover reply' },
      user,
      overrideAccess: false,
      depth: 0,
    })
    replied = true
  } catch (err) {
    expect((err as { status?: number }).status).toBe(404)
  }
  return {
    read: Boolean(read),
    messages: page.messages.length,
    inMine: Boolean(row),
    customerName: row?.customerName ?? null,
    replied,
  }
}

const NO_REACH = { read: false, messages: 0, inMine: false, customerName: null, replied: false }

beforeAll(async () => {
  payload = await testPayload()
  ;[away, cover, bystander, marketing] = await Promise.all([
    createStaff(payload, { role: 'account-manager', name: 'Anouk Away', password: PASSWORD }),
    createStaff(payload, { role: 'account-manager', name: 'Pieter Cover', password: PASSWORD }),
    createStaff(payload, { role: 'account-manager', password: PASSWORD }),
    createStaff(payload, { role: 'marketing', password: PASSWORD }),
  ])
  customer = await createCustomer(payload, {
    accountManager: away.id,
    firstName: 'Coverta',
    lastName: 'Klant',
  })
  conversation = await createConversation(payload, customer.id)
  await createMessage(payload, {
    conversation: String(conversation.id),
    from: { customer: true },
    body: 'Is my car ready?',
  })
})

describe('a covering colleague during an absence', () => {
  it('before any absence, a colleague reaches none of the customer’s conversation', async () => {
    expect(await reach(cover)).toEqual(NO_REACH)
    expect(await absenceOf({ payload }, String(away.id))).toBeNull()
  })

  it('refuses a cover who is the one away, or who does not answer customers, or reversed days', async () => {
    const refusal = async (absence: Parameters<typeof setAbsence>[0]) => {
      const err = await setAbsence(absence).then(
        () => null,
        (e: { data?: { errors?: { message: string }[] } }) => e,
      )
      return err?.data?.errors?.map((e) => e.message).join(' ') ?? 'accepted'
    }
    expect(await refusal({ from: day(-1), until: day(1), coveredBy: String(away.id) })).toMatch(
      /other than the one who is away/,
    )
    expect(
      await refusal({ from: day(-1), until: day(1), coveredBy: String(marketing.id) }),
    ).toMatch(/account manager or administrator/)
    expect(await refusal({ from: day(2), until: day(1), coveredBy: String(cover.id) })).toMatch(
      /on or after/,
    )
    expect(await absenceOf({ payload }, String(away.id))).toBeNull()
  })

  it('a future absence gives the cover nothing yet', async () => {
    await setAbsence({ from: day(3), until: day(10), coveredBy: String(cover.id) })
    expect((await reach(cover)).read).toBe(false)
    expect(await absenceOf({ payload }, String(away.id))).toBeNull()
    expect(await staffOfConversation({ payload } as PayloadRequest, conversation)).not.toContain(
      String(cover.id),
    )
  })

  it('during the absence the cover reads, lists under "mine" and answers; nobody else gains', async () => {
    await setAbsence({ from: day(-1), until: day(2), coveredBy: String(cover.id) })
    expect(await reach(cover)).toEqual({
      read: true,
      messages: 1,
      inMine: true,
      customerName: 'Coverta Klant',
      replied: true,
    })
    const other = await reach(bystander)
    expect(other.read || other.replied || other.inMine).toBe(false)
    // The cover answers messages, not the customer's record.
    const record = await payload.findByID({
      collection: 'customers',
      id: customer.id,
      depth: 0,
      user: asStaff(cover),
      overrideAccess: false,
      disableErrors: true,
    })
    expect(record).toBeNull()
  })

  it('during the absence the customer learns who covers, and the cover hears the conversation live', async () => {
    const now = await absenceOf({ payload }, String(away.id))
    expect(now?.cover?.name).toBe('Pieter Cover')
    expect(now?.until).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const staff = await staffOfConversation({ payload } as PayloadRequest, conversation)
    expect(staff).toEqual(expect.arrayContaining([String(away.id), String(cover.id)]))
    expect(staff).not.toContain(String(bystander.id))
  })

  it('the day after the absence ends, the cover’s reach stops', async () => {
    await setAbsence({ from: day(-10), until: day(-2), coveredBy: String(cover.id) })
    expect(await reach(cover)).toEqual(NO_REACH)
    expect(await staffOfConversation({ payload } as PayloadRequest, conversation)).not.toContain(
      String(cover.id),
    )
    // The account manager kept theirs throughout, the cover's reply included.
    const own = await reach(away)
    expect(own.read && own.replied).toBe(true)
    expect(own.messages).toBeGreaterThanOrEqual(2)
  })
})
