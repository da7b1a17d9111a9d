import { describe, expect, it } from 'vitest'

import { createConversation, createMessage, newClientId } from '@/seed/message-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { asCustomer, asStaff } from '../support/world'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}
let convA = ''

/**
 * Messages: A is customer A's, S a staff reply to A, N an internal note in A's conversation, B
 * another customer's. Customer A reads A and S — never N, on any path; account manager A all
 * three; admins everything; marketing and finance nothing. Messages are never edited or deleted;
 * customers and the staff of a conversation write new ones.
 */
const world = accessTable({
  slug: 'messages',
  gql: gqlNames('Message', 'Messages'),
  setup: async (w) => {
    convA = (await createConversation(w.payload, w.customerA.id)).id
    const convB = (await createConversation(w.payload, w.customerB.id)).id
    const staff = { staff: w.managerA.id }
    docs.A = (
      await createMessage(w.payload, {
        conversation: convA,
        from: { customer: true },
        body: 'Hello',
      })
    ).id
    docs.S = (
      await createMessage(w.payload, { conversation: convA, from: staff, body: 'Hi Alice' })
    ).id
    docs.N = (
      await createMessage(w.payload, {
        conversation: convA,
        from: staff,
        body: 'secret note',
        internal: true,
      })
    ).id
    docs.B = (
      await createMessage(w.payload, { conversation: convB, from: { customer: true }, body: 'Hi' })
    ).id
  },
  docs: () => docs,
  read: row('A S N B', 'A S N', '', '', 'A S', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('new', 'new', '', '', 'new', ''),
  patch: { field: 'body', value: () => `edited ${rand()}` },
  newDoc: () => ({ conversation: convA, clientId: newClientId(), body: `new ${rand()}` }),
  key: 'clientId',
})

describe('messages: what a writer may not set', () => {
  it('a customer cannot write an internal note or in another name', async () => {
    const { w } = world
    const doc = await w.payload.create({
      collection: 'messages',
      data: {
        conversation: convA,
        clientId: newClientId(),
        body: 'trying',
        internal: true,
        senderType: 'staff',
        senderStaff: w.managerA.id,
      },
      user: asCustomer(w.customerA),
      overrideAccess: false,
      depth: 0,
    })
    expect([doc.internal, doc.senderType, doc.senderStaff ?? null]).toEqual([
      false,
      'customer',
      null,
    ])
  })

  it("a customer cannot write into another customer's conversation, nor staff into a foreign one", async () => {
    const { w } = world
    const convB = (await createConversation(w.payload, w.customerB.id)).id
    for (const user of [asCustomer(w.customerA), asStaff(w.managerA)])
      await expect(
        w.payload.create({
          collection: 'messages',
          data: { conversation: convB, clientId: newClientId(), body: 'x' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 404 })
  })

  it('the same client id twice in one conversation is refused by the database', async () => {
    const { w } = world
    const clientId = newClientId()
    await createMessage(w.payload, {
      conversation: convA,
      from: { customer: true },
      body: '1',
      clientId,
    })
    await expect(
      createMessage(w.payload, {
        conversation: convA,
        from: { customer: true },
        body: '2',
        clientId,
      }),
    ).rejects.toThrow()
  })
})
