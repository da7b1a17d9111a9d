import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { staffField } from '@/access/fields/staff-field'
import { ordersRead } from '@/access/orders-read'
import { ordersWrite } from '@/access/orders-write'
import { CONFIGURATION_GROUPS, MODELS } from '@/lib/orders/models'
import { STAGES } from '@/lib/orders/stages'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'

import { configurationImageOfOrder, swatchField } from './fields/configuration'
import { requiredInDefaultLocale } from './fields/required-in-default-locale'
import { vinField } from './fields/vin'
import { beforeOrderDelete } from './hooks/before-delete'
import { applyMilestoneTemplate } from './hooks/apply-milestone-template'
import { beforeOrderValidate } from './hooks/before-validate'
import { guardDeliveryWindow } from './hooks/guard-delivery-window'
import { releaseConfigurationImages } from './hooks/release-configuration-images'

const audit = auditStaffChanges({ targetType: 'order' })

const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  design: 'Design',
  engineering: 'Engineering',
  production: 'Production',
  'final-assembly': 'Final assembly',
  delivery: 'Delivery',
}

/** A customer's car on order. Customers read their own; account managers those of their customers. */
export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    useAsTitle: 'orderNumber',
    defaultColumns: ['orderNumber', 'customer', 'model', 'stage', 'deliveryWindowStart'],
    group: 'Orders',
    listSearchableFields: ['orderNumber'],
  },
  access: {
    read: ordersRead,
    create: ordersWrite,
    update: ordersWrite,
    delete: adminsOnly,
  },
  hooks: {
    beforeValidate: [beforeOrderValidate],
    beforeDelete: [beforeOrderDelete],
    beforeChange: [guardDeliveryWindow],
    afterChange: [applyMilestoneTemplate, releaseConfigurationImages, audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'orderNumber',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 40,
        },
        {
          name: 'orderDate',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
        },
      ],
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    {
      name: 'model',
      type: 'select',
      required: true,
      options: MODELS.map((m) => ({ value: m.value, label: m.label })),
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'design',
      index: true,
      options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
      admin: { position: 'sidebar' },
    },
    vinField,
    {
      name: 'deliveredAt',
      type: 'date',
      admin: { position: 'sidebar', description: 'Set when the car has been handed over.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deliveryWindowStart',
          label: 'Estimated delivery from',
          type: 'date',
          admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
        },
        {
          name: 'deliveryWindowEnd',
          label: 'Estimated delivery until',
          type: 'date',
          admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
        },
      ],
    },
    {
      name: 'configuration',
      type: 'array',
      labels: { singular: 'Option', plural: 'Configuration' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'group',
              type: 'select',
              required: true,
              defaultValue: 'exterior',
              options: CONFIGURATION_GROUPS.map((g) => ({
                value: g,
                label: g[0].toUpperCase() + g.slice(1),
              })),
            },
            {
              name: 'label',
              type: 'text',
              maxLength: 80,
              localized: true,
              admin: { description: 'What is chosen, e.g. "Body colour" (optional).' },
            },
            {
              name: 'option',
              type: 'text',
              maxLength: 160,
              localized: true,
              validate: requiredInDefaultLocale,
            },
          ],
        },
        {
          type: 'row',
          fields: [swatchField, configurationImageOfOrder],
        },
      ],
    },
    {
      name: 'actionItems',
      label: 'Next actions for the customer',
      type: 'array',
      labels: { singular: 'Action', plural: 'Actions' },
      fields: [
        {
          name: 'title',
          type: 'text',
          maxLength: 200,
          localized: true,
          validate: requiredInDefaultLocale,
        },
        {
          type: 'row',
          fields: [
            { name: 'dueDate', type: 'date' },
            { name: 'done', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      access: { read: staffField, create: staffField, update: staffField },
      admin: { description: 'Never shown to the customer.' },
    },
  ],
}
