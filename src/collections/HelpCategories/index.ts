import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { helpCategoriesRead } from '@/access/help-categories-read'
import { helpManage } from '@/access/help-manage'
import { staffCan } from '@/access/user'
import { HELP_CATEGORY_ICONS, validSlug } from '@/lib/help/categories'

import { requiredInDefaultLocale } from '../Orders/fields/required-in-default-locale'

/** Sections of the help centre (/[locale]/help), in the order staff give them. */
export const HelpCategories: CollectionConfig = {
  slug: 'help-categories',
  labels: { singular: 'Help category', plural: 'Help categories' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'order'],
    group: 'Help centre',
    hidden: ({ user }) => !staffCan(user, 'help:manage'),
  },
  defaultSort: 'order',
  access: {
    read: helpCategoriesRead,
    create: helpManage,
    update: helpManage,
    // Articles point at their category: only an administrator removes one, after moving them.
    delete: adminsOnly,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 120,
      validate: requiredInDefaultLocale,
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
    { name: 'description', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'icon',
      type: 'select',
      defaultValue: 'sparkles',
      options: HELP_CATEGORY_ICONS.map((i) => ({ value: i, label: i })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
  ],
}
