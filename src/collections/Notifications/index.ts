import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '@/access/nobody'
import { notificationsOwn } from '@/access/notifications-read'
import { isStaff } from '@/access/user'
import { renderMessage } from '@/lib/notify/render'
import { EMAIL_STATES } from '@/lib/notify/types'

// Written only by notify()/notifyStaff() and the mail job (overrideAccess): no user edits them.
const systemOnly: FieldAccess = () => false
const system = { create: systemOnly, update: systemOnly }
const staffRead: FieldAccess = ({ req: { user } }) => isStaff(user)

/**
 * What a customer or staff member was told, as message keys and parameters (rendered in the
 * reader's language when read). The recipient may mark it read (`readAt`) and nothing else.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  admin: {
    group: 'Inbox',
    useAsTitle: 'type',
    defaultColumns: ['summary', 'type', 'createdAt', 'readAt'],
    description: 'What the portal told you (and, for administrators, everyone).',
  },
  defaultSort: '-createdAt',
  access: {
    read: notificationsOwn,
    update: notificationsOwn,
    create: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      index: true,
      access: system,
      admin: { readOnly: true },
    },
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'staff',
      index: true,
      access: system,
      admin: { readOnly: true },
    },
    { name: 'type', type: 'text', required: true, index: true, access: system },
    {
      name: 'summary',
      type: 'text',
      virtual: true,
      access: system,
      admin: { readOnly: true },
      hooks: {
        // The back office is English; the portal renders in the reader's language itself.
        afterRead: [({ data }) => renderMessage('en', data?.title, String(data?.type ?? ''))],
      },
    },
    { name: 'title', type: 'json', required: true, access: system, admin: { readOnly: true } },
    { name: 'body', type: 'json', access: system, admin: { readOnly: true } },
    { name: 'link', type: 'text', required: true, access: system, admin: { readOnly: true } },
    { name: 'entityCollection', type: 'text', access: system, admin: { readOnly: true } },
    { name: 'entityId', type: 'text', access: system, admin: { readOnly: true } },
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      index: true,
      access: system,
      admin: { readOnly: true },
    },
    { name: 'confidential', type: 'checkbox', defaultValue: false, access: system },
    {
      name: 'readAt',
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'emailState',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...EMAIL_STATES],
      access: { read: staffRead, ...system },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // One mail's id for every notification it carried: a retried job finds them already taken.
      name: 'emailBatch',
      type: 'text',
      index: true,
      access: { read: staffRead, ...system },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'emailedAt',
      type: 'date',
      access: { read: staffRead, ...system },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
