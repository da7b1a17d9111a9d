import type { CollectionConfig } from 'payload'

import { conversationsRead } from '@/access/conversations-read'
import { conversationsUpdate } from '@/access/conversations-update'
import { notMessagingStaff } from '@/access/messaging-staff'
import { nobody } from '@/access/nobody'
import { staffCan } from '@/access/user'

import { auditHandover } from './hooks/audit-handover'

const system = () => false

/**
 * One conversation per customer, with their account manager. `assignedTo` is who answers it now
 * (the account manager, or a colleague it was handed over to during an absence; the handover is
 * audited). Conversations are opened by the system the first time a customer or staff member
 * needs one (src/lib/messages/ensure-conversation.ts), never created over the API, and kept.
 * Read marks and the unread-mail bookkeeping are system fields.
 */
export const Conversations: CollectionConfig = {
  slug: 'conversations',
  labels: { singular: 'Conversation', plural: 'Conversations' },
  graphQL: { singularName: 'Conversation', pluralName: 'Conversations' },
  admin: {
    useAsTitle: 'customer',
    defaultColumns: ['customer', 'assignedTo', 'lastMessageAt'],
    group: 'Inbox',
    hidden: notMessagingStaff,
  },
  access: { read: conversationsRead, create: nobody, update: conversationsUpdate, delete: nobody },
  hooks: { afterChange: [auditHandover] },
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      unique: true,
      index: true,
      access: { update: system },
    },
    {
      name: 'assignedTo',
      type: 'relationship',
      relationTo: 'staff',
      index: true,
      admin: { description: 'Who answers this conversation now (hand it over during an absence).' },
    },
    { name: 'lastMessageAt', type: 'date', index: true, access: { update: system } },
    /** When the customer last sent something (what staff have unread). */
    { name: 'lastCustomerMessageAt', type: 'date', access: { update: system } },
    /** When staff last sent a message the customer can see. */
    { name: 'lastStaffMessageAt', type: 'date', access: { update: system } },
    { name: 'customerReadAt', type: 'date', access: { update: system } },
    { name: 'staffReadAt', type: 'date', access: { update: system } },
    {
      name: 'customerMailedAt',
      type: 'date',
      admin: { hidden: true },
      access: { read: ({ req }) => staffCan(req.user, 'messages:all'), update: system },
    },
    {
      name: 'staffMailedAt',
      type: 'date',
      admin: { hidden: true },
      access: { read: ({ req }) => staffCan(req.user, 'messages:all'), update: system },
    },
  ],
}
