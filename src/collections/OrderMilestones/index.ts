import type { CollectionConfig } from 'payload'

import { orderChildRead } from '@/access/order-child-read'
import { orderChildWrite } from '@/access/order-child-write'
import { staffField } from '@/access/fields/staff-field'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'
import { STAGES } from '@/lib/orders/stages'
import { MILESTONE_STATES } from '@/lib/timeline/milestones'

import { copyDefinition } from './hooks/copy-definition'
import { notifyReached } from './hooks/notify-reached'
import { ownOrderOnly } from './hooks/own-order'

const audit = auditStaffChanges({ targetType: 'order-milestone' })

/** One milestone of one car: planned and actual date and its state, from the model's template. */
export const OrderMilestones: CollectionConfig = {
  slug: 'order-milestones',
  labels: { singular: 'Order milestone', plural: 'Order milestones' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'order', 'state', 'plannedDate', 'actualDate'],
    group: 'Production',
  },
  access: {
    read: orderChildRead,
    create: orderChildWrite,
    update: orderChildWrite,
    delete: orderChildWrite,
  },
  defaultSort: 'sortOrder',
  hooks: {
    beforeValidate: [ownOrderOnly],
    beforeChange: [copyDefinition],
    afterChange: [notifyReached, audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    {
      name: 'definition',
      type: 'relationship',
      relationTo: 'milestone-definitions',
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          options: MILESTONE_STATES.map((s) => ({ value: s, label: s })),
        },
        { name: 'plannedDate', type: 'date' },
        { name: 'actualDate', type: 'date' },
      ],
    },
    // Copied from the definition (hooks/copy-definition.ts).
    { name: 'key', type: 'text', index: true, admin: { readOnly: true } },
    {
      name: 'stage',
      type: 'select',
      options: STAGES.map((s) => ({ value: s, label: s })),
      admin: { readOnly: true },
    },
    { name: 'sortOrder', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 2000,
      access: { read: staffField, create: staffField, update: staffField },
      admin: {
        description: 'Internal; the ERP writes its note here. Never shown to the customer.',
      },
    },
  ],
}
