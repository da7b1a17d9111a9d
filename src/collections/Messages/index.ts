import type { CollectionConfig } from 'payload'

import { messagesCreate } from '@/access/messages-create'
import { messagesRead } from '@/access/messages-read'
import { notMessagingStaff } from '@/access/messaging-staff'
import { nobody } from '@/access/nobody'
import { isStaff } from '@/access/user'

import { afterMessageCreate } from './hooks/after-create'
import { beforeMessageValidate } from './hooks/before-validate'

const system = () => false

/**
 * What customer and staff write in a conversation; staff may also write internal notes, which no
 * customer reads by any path (messages-read.ts). `clientId` is made by the sender's page, so a
 * send that is retried (a lost answer, a page back online) finds the message it already wrote
 * instead of writing it twice: unique per conversation. Messages are never edited or deleted.
 */
export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: 'Message', plural: 'Messages' },
  graphQL: { singularName: 'Message', pluralName: 'Messages' },
  admin: {
    defaultColumns: ['conversation', 'senderType', 'internal', 'createdAt'],
    group: 'Inbox',
    hidden: notMessagingStaff,
  },
  access: { read: messagesRead, create: messagesCreate, update: nobody, delete: nobody },
  indexes: [{ fields: ['conversation', 'clientId'], unique: true }],
  hooks: { beforeValidate: [beforeMessageValidate], afterChange: [afterMessageCreate] },
  fields: [
    {
      name: 'conversation',
      type: 'relationship',
      relationTo: 'conversations',
      required: true,
      index: true,
    },
    {
      name: 'clientId',
      type: 'text',
      required: true,
      minLength: 8,
      maxLength: 64,
      validate: (v: unknown) =>
        typeof v === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(v)
          ? true
          : 'A message id (8–64 letters, digits, - or _).',
    },
    { name: 'body', type: 'textarea', maxLength: 4000 },
    {
      name: 'internal',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'An internal note: staff only, never shown to the customer.' },
      // Only staff write notes; a customer's `internal: true` is ignored (defaults to false).
      access: { create: ({ req }) => isStaff(req.user) },
    },
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      admin: { description: 'The car this message is about, if the customer said.' },
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'message-attachments',
      hasMany: true,
      maxRows: 10,
    },
    {
      name: 'senderType',
      type: 'select',
      options: ['customer', 'staff'],
      index: true,
      access: { create: system },
    },
    { name: 'senderStaff', type: 'relationship', relationTo: 'staff', access: { create: system } },
  ],
}
