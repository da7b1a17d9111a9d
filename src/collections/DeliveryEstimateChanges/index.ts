import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { nobody } from '@/access/nobody'
import { orderChildRead } from '@/access/order-child-read'
import { orderChildWrite } from '@/access/order-child-write'
import { ownOrderOnly } from '@/collections/OrderMilestones/hooks/own-order'

import { applyChange } from './hooks/apply-change'
import { fillPrevious } from './hooks/fill-previous'

const monthPicker = { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } as const

/**
 * The history of a car's delivery estimate: every move of the window, with the reason staff gave
 * the customer. Creating a row is the only way to move an order's window; rows are never edited.
 */
export const DeliveryEstimateChanges: CollectionConfig = {
  slug: 'delivery-estimate-changes',
  labels: { singular: 'Delivery estimate change', plural: 'Delivery estimate changes' },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['order', 'toStart', 'toEnd', 'reason', 'createdAt'],
    group: 'Production',
    description: 'Move a delivery window here: the customer sees the new window with your reason.',
  },
  access: { read: orderChildRead, create: orderChildWrite, update: nobody, delete: adminsOnly },
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [ownOrderOnly, fillPrevious], afterChange: [applyChange] },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'toStart',
          label: 'New estimate from',
          type: 'date',
          required: true,
          admin: monthPicker,
        },
        {
          name: 'toEnd',
          label: 'New estimate until',
          type: 'date',
          required: true,
          admin: monthPicker,
        },
      ],
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: "Shown to the customer; write it in the customer's language." },
    },
    {
      type: 'row',
      fields: [
        { name: 'fromStart', type: 'date', admin: { readOnly: true, ...monthPicker } },
        { name: 'fromEnd', type: 'date', admin: { readOnly: true, ...monthPicker } },
      ],
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'staff',
      options: ['staff', 'erp'],
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
