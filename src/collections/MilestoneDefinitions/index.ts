import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { signedInRead } from '@/access/signed-in-read'
import { requiredInDefaultLocale } from '@/collections/Orders/fields/required-in-default-locale'
import { STAGES } from '@/lib/orders/stages'
import { AUTOMATIC_UPDATES } from '@/lib/timeline/milestones'

/**
 * The sub-milestones a car passes (chassis, paint, first drive …), each in one of the five stages.
 * Staff data, not code: names in every language, their order within the stage, and whether the
 * ERP reaching it posts an update by itself.
 */
export const MilestoneDefinitions: CollectionConfig = {
  slug: 'milestone-definitions',
  labels: { singular: 'Milestone definition', plural: 'Milestone definitions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'stage', 'sortOrder'],
    group: 'Production',
  },
  access: { read: signedInRead, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  defaultSort: 'sortOrder',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 60,
          admin: { description: 'Stable id the ERP/MES feed uses, e.g. "paint".' },
          validate: (v: unknown) =>
            typeof v === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(v)
              ? true
              : 'Lowercase letters, digits and dashes.',
        },
        {
          name: 'name',
          type: 'text',
          localized: true,
          maxLength: 120,
          validate: requiredInDefaultLocale,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          options: STAGES.map((s) => ({ value: s, label: s })),
        },
        { name: 'sortOrder', type: 'number', required: true, defaultValue: 0 },
      ],
    },
    {
      name: 'automaticUpdate',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: AUTOMATIC_UPDATES.map((a) => ({ value: a, label: a })),
      admin: { description: 'When the ERP reports this milestone done: post an update by itself.' },
    },
    {
      name: 'automaticTitle',
      type: 'text',
      localized: true,
      maxLength: 200,
      admin: {
        description: 'Title of that update, e.g. "Paint completed".',
        condition: (data) => data?.automaticUpdate && data.automaticUpdate !== 'none',
      },
    },
  ],
}
