import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { customersOnly } from '@/access/customers-only'
import { nobody } from '@/access/nobody'
import { seenMarksRead } from '@/access/seen-marks-read'

import { ownMark } from './hooks/own-mark'

/**
 * Which production updates a customer has seen: an update without a mark is "new". The owner is
 * always the signed-in customer (set here, whatever the request says).
 */
export const UpdateSeenMarks: CollectionConfig = {
  slug: 'update-seen-marks',
  labels: { singular: 'Seen update', plural: 'Seen updates' },
  admin: { group: 'System', hidden: true },
  access: { read: seenMarksRead, create: customersOnly, update: nobody, delete: adminsOnly },
  hooks: { beforeValidate: [ownMark] },
  indexes: [{ fields: ['customer', 'update'], unique: true }],
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    { name: 'update', type: 'relationship', relationTo: 'production-updates', required: true },
  ],
}
