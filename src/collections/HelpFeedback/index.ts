import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { helpFeedbackCreate } from '@/access/help-feedback-create'
import { helpFeedbackRead } from '@/access/help-feedback-read'
import { helpFeedbackUpdate } from '@/access/help-feedback-update'
import { staffCan } from '@/access/user'

import { beforeHelpFeedbackValidate } from './hooks/before-validate'

const fixed = () => false

/** "Was this helpful?": one vote per customer per article, which the customer may change. */
export const HelpFeedback: CollectionConfig = {
  slug: 'help-feedback',
  labels: { singular: 'Help feedback', plural: 'Help feedback' },
  graphQL: { singularName: 'HelpFeedbackItem', pluralName: 'HelpFeedback' },
  admin: {
    defaultColumns: ['article', 'helpful', 'customer', 'updatedAt'],
    group: 'Help centre',
    hidden: ({ user }) => !staffCan(user, 'help:manage'),
  },
  access: {
    read: helpFeedbackRead,
    create: helpFeedbackCreate,
    update: helpFeedbackUpdate,
    delete: adminsOnly,
  },
  indexes: [{ fields: ['customer', 'article'], unique: true }],
  hooks: { beforeValidate: [beforeHelpFeedbackValidate] },
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
      access: { update: fixed },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'help-articles',
      required: true,
      index: true,
      access: { update: fixed },
    },
    { name: 'helpful', type: 'checkbox', required: true, defaultValue: true },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'What the customer missed, if they said.' },
    },
  ],
}
