import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { anyStaff } from '@/access/any-staff'
import { MODELS } from '@/lib/orders/models'

/**
 * The milestone plan a new order of a model starts with: which milestones, planned how many days
 * after the order date. Copied into the order's own milestones when it is created; staff adjust
 * those per car afterwards.
 */
export const MilestoneTemplates: CollectionConfig = {
  slug: 'milestone-templates',
  labels: { singular: 'Milestone template', plural: 'Milestone templates' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'model', 'updatedAt'],
    group: 'Production',
  },
  access: { read: anyStaff, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'model',
      type: 'select',
      required: true,
      index: true,
      admin: { description: 'New orders of this model get this plan (the newest template wins).' },
      options: MODELS.map((m) => ({ value: m.value, label: m.label })),
    },
    {
      name: 'milestones',
      type: 'array',
      labels: { singular: 'Milestone', plural: 'Milestones' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'definition',
              type: 'relationship',
              relationTo: 'milestone-definitions',
              required: true,
            },
            {
              name: 'plannedAfterDays',
              type: 'number',
              required: true,
              min: 0,
              max: 2000,
              admin: { description: 'Planned date: days after the order date.' },
            },
          ],
        },
      ],
    },
  ],
}
