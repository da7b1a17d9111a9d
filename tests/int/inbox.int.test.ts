import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { inboxRows } from '@/features/messages/admin/inbox-query'
import { messagesPage } from '@/lib/messages/queries'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation, createMessage } from '@/seed/message-factories'
import type { Conversation, Customer, Staff } from '@/payload-types'

import { asStaff, PASSWORD, testPayload } from './support/world'

let payload: Payload
let manager: Staff
let colleague: Staff
let marketing: Staff
let admin: Staff
let own: Customer
let foreign: Customer
let ownConversation: Conversation
let foreignConversation: Conversation

beforeAll(async () => {
  payload = await testPayload()
  ;[manager, colleague, marketing, admin] = await Promise.all([
    createStaff(payload, { role: 'account-manager', password: PASSWORD }),
    createStaff(payload, { role: 'account-manager', password: PASSWORD }),
    createStaff(payload, { role: 'marketing', password: PASSWORD }),
    createStaff(payload, { role: 'admin', password: PASSWORD }),
  ])
  ;[own, foreign] = await Promise.all([
    createCustomer(payload, { accountManager: manager.id, lastName: 'Inboxown' }),
    createCustomer(payload, { accountManager: colleague.id, lastName: 'Inboxforeign' }),
  ])
  ownConversation = await createConversation(payload, own.id)
  foreignConversation = await createConversation(payload, foreign.id)
  await createMessage(payload, {
    conversation: String(foreignConversation.id),
    from: { customer: true },
    body: 'Not for the manager',
  })
  await createMessage(payload, {
    conversation: String(ownConversation.id),
    from: { staff: manager.id },
    body: 'Internal: check the paint',
    internal: true,
  })
})

const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

describe('staff inbox data path', () => {
  it("lists only the account manager's own customers' conversations", async () => {
    const rows = await inboxRows({ payload, staff: asStaff(manager), filter: 'all' })
    expect(ids(rows)).toContain(String(ownConversation.id))
    expect(ids(rows)).not.toContain(String(foreignConversation.id))
  })

  it('does not open another manager’s conversation, even by id', async () => {
    const page = await messagesPage({
      payload,
      user: asStaff(manager),
      conversation: String(foreignConversation.id),
      limit: 50,
    })
    expect(page.messages).toEqual([])
  })

  it('shows nothing to staff who do not handle conversations', async () => {
    const rows = await inboxRows({ payload, staff: asStaff(marketing), filter: 'all' })
    expect(rows).toEqual([])
  })

  it('shows admins every conversation, unread first', async () => {
    const rows = await inboxRows({ payload, staff: asStaff(admin), filter: 'all' })
    expect(ids(rows)).toEqual(
      expect.arrayContaining(
        ids([ownConversation, foreignConversation].map((c) => ({ id: String(c.id) }))),
      ),
    )
    const firstRead = rows.findIndex((r) => !r.unread)
    const lastUnread = rows.map((r) => r.unread).lastIndexOf(true)
    if (firstRead >= 0 && lastUnread >= 0) expect(lastUnread).toBeLessThan(firstRead)
    const unread = await inboxRows({ payload, staff: asStaff(admin), filter: 'unread' })
    expect(ids(unread)).toContain(String(foreignConversation.id))
    expect(ids(unread)).not.toContain(String(ownConversation.id))
  })

  it('shows each row’s last message (notes marked) and its unread count', async () => {
    await createMessage(payload, {
      conversation: String(foreignConversation.id),
      from: { customer: true },
      body: `A second question, ${'long '.repeat(30)}`,
    })
    const rows = await inboxRows({ payload, staff: asStaff(admin), filter: 'all' })
    const foreignRow = rows.find((r) => r.id === String(foreignConversation.id))!
    expect(foreignRow.preview).toMatchObject({ from: 'customer', unreadCount: 2 })
    expect(foreignRow.preview!.text).toMatch(/^A second question, long long/)
    expect(foreignRow.preview!.text.endsWith('…')).toBe(true)
    expect(foreignRow.preview!.text.length).toBeLessThanOrEqual(91)
    const ownRow = rows.find((r) => r.id === String(ownConversation.id))!
    expect(ownRow.preview).toEqual({
      text: 'Internal: check the paint',
      from: 'note',
      unreadCount: 0,
    })
  })

  it('keeps the open conversation in the unread list once it is read', async () => {
    const unread = await inboxRows({
      payload,
      staff: asStaff(admin),
      filter: 'unread',
      keep: String(ownConversation.id),
    })
    expect(ids(unread)).toContain(String(ownConversation.id))
    expect(unread.find((r) => r.id === String(ownConversation.id))!.unread).toBe(false)
  })

  it('searches by customer name or email within what the staff member may read', async () => {
    const byName = await inboxRows({
      payload,
      staff: asStaff(admin),
      filter: 'all',
      search: 'Inboxforeign',
    })
    expect(ids(byName)).toEqual([String(foreignConversation.id)])
    const byEmail = await inboxRows({
      payload,
      staff: asStaff(admin),
      filter: 'all',
      search: own.email,
    })
    expect(ids(byEmail)).toEqual([String(ownConversation.id)])
    const notMine = await inboxRows({
      payload,
      staff: asStaff(manager),
      filter: 'all',
      search: 'Inboxforeign',
    })
    expect(notMine).toEqual([])
  })

  it('shows internal notes to staff and marks them', async () => {
    const page = await messagesPage({
      payload,
      user: asStaff(manager),
      conversation: String(ownConversation.id),
      limit: 50,
    })
    expect(page.messages.map((m) => [m.body, m.internal])).toEqual([
      ['Internal: check the paint', true],
    ])
  })

  it('after a handover the colleague sees it under "mine" and the manager no longer does', async () => {
    await payload.update({
      collection: 'conversations',
      id: ownConversation.id,
      data: { assignedTo: colleague.id },
      user: asStaff(manager),
      overrideAccess: false,
    })
    const colleagueMine = await inboxRows({ payload, staff: asStaff(colleague), filter: 'mine' })
    expect(ids(colleagueMine)).toContain(String(ownConversation.id))
    const managerMine = await inboxRows({ payload, staff: asStaff(manager), filter: 'mine' })
    expect(ids(managerMine)).not.toContain(String(ownConversation.id))
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'conversation.handed-over' } },
          { targetId: { equals: String(ownConversation.id) } },
        ],
      },
      overrideAccess: true, // test: reading the audit trail directly
    })
    expect(audit.totalDocs).toBe(1)
  })
})
