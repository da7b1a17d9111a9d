import type { CollectionConfig } from 'payload'

import { helpArticlesRead } from '@/access/help-articles-read'
import { helpManage } from '@/access/help-manage'
import { staffCan } from '@/access/user'
import { validSlug } from '@/lib/help/categories'
import { MODELS } from '@/lib/orders/models'
import { STAGES } from '@/lib/orders/stages'

import { requiredInDefaultLocale } from '../Orders/fields/required-in-default-locale'
import { audienceFlag } from './hooks/audience-flag'

const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  design: 'Design',
  engineering: 'Engineering',
  production: 'Production',
  'final-assembly': 'Final assembly',
  delivery: 'Delivery (and delivered)',
}

/**
 * Help articles. Customers read published ones meant for them (src/access/help-articles-read.ts);
 * drafts are for staff. The search columns of each translation (`search_vector`, `search_text`)
 * are not Payload fields: a database trigger keeps them current from title, summary and body
 * (migration 20261202_142915_help).
 */
export const HelpArticles: CollectionConfig = {
  slug: 'help-articles',
  labels: { singular: 'Help article', plural: 'Help articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'order', '_status', 'updatedAt'],
    group: 'Help centre',
    hidden: ({ user }) => !staffCan(user, 'help:manage'),
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: helpArticlesRead,
    readVersions: helpManage,
    create: helpManage,
    update: helpManage,
    delete: helpManage,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 160,
      validate: requiredInDefaultLocale,
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two sentences, shown in lists and search results.' },
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'related',
      label: 'Related articles',
      type: 'relationship',
      relationTo: 'help-articles',
      hasMany: true,
      maxRows: 4,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validSlug,
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'help-categories',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first in the category.' },
    },
    {
      name: 'targetModels',
      label: 'Only for owners of',
      type: 'select',
      hasMany: true,
      options: MODELS.map((m) => ({ value: m.value, label: m.label })),
      admin: { position: 'sidebar', description: 'Empty: every customer.' },
    },
    {
      name: 'targetStages',
      label: 'Only while a car is in',
      type: 'select',
      hasMany: true,
      options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
      admin: { position: 'sidebar', description: 'Empty: every stage.' },
    },
    {
      name: 'anyModel',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [audienceFlag('targetModels')] },
    },
    {
      name: 'anyStage',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [audienceFlag('targetStages')] },
    },
  ],
}
