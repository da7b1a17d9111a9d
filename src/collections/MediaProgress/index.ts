import type { CollectionConfig } from 'payload'

import { mediaProgressRead } from '@/access/media-progress-read'
import { nobody } from '@/access/nobody'
import { staffCan } from '@/access/user'

/**
 * One row per customer and item they opened: that they saw it (the library's "new" mark), where
 * they are in its video (continue watching), and views and seconds watched (the coming KPI
 * dashboard). Written only by the portal's own route (src/features/media/progress-route.ts),
 * after it checked the customer may read the item.
 */
export const MediaProgress: CollectionConfig = {
  slug: 'media-progress',
  labels: { singular: 'Media view', plural: 'Media views' },
  admin: {
    defaultColumns: ['item', 'customer', 'views', 'watchedSeconds', 'lastViewedAt'],
    group: 'Media library',
    hidden: ({ user }) => !staffCan(user, 'content:manage'),
  },
  access: { read: mediaProgressRead, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['customer', 'item'], unique: true }],
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    { name: 'item', type: 'relationship', relationTo: 'media-items', required: true, index: true },
    { name: 'views', type: 'number', defaultValue: 1, min: 0 },
    {
      name: 'position',
      type: 'number',
      defaultValue: 0,
      min: 0,
      admin: { description: 'Seconds.' },
    },
    { name: 'duration', type: 'number', min: 0 },
    { name: 'watchedSeconds', type: 'number', defaultValue: 0, min: 0 },
    { name: 'completed', type: 'checkbox', defaultValue: false },
    { name: 'lastViewedAt', type: 'date', index: true },
  ],
}
