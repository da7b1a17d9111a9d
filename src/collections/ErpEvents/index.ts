import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { nobody } from '@/access/nobody'

/**
 * Milestone events the ERP/MES feed has applied, by the ERP's own event id: a repeated event is
 * answered from here and changes nothing. The signature column refuses a replayed request.
 */
export const ErpEvents: CollectionConfig = {
  slug: 'erp-events',
  labels: { singular: 'ERP event', plural: 'ERP events' },
  admin: {
    group: 'System',
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'orderNumber', 'milestone', 'state', 'createdAt'],
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
    { name: 'signature', type: 'text', index: true, maxLength: 128 },
    { name: 'orderNumber', type: 'text', maxLength: 40 },
    { name: 'milestone', type: 'text', maxLength: 60 },
    { name: 'state', type: 'text', maxLength: 20 },
    { name: 'result', type: 'json' },
  ],
}
