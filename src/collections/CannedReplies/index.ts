import type { CollectionConfig, TextareaFieldValidation } from 'payload'
import { textarea } from 'payload/shared'

import { cannedRepliesAccess } from '@/access/canned-replies'
import { notMessagingStaff } from '@/access/messaging-staff'
import { requiredInDefaultLocale } from '@/collections/Orders/fields/required-in-default-locale'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * Ready-made answers for the inbox ("Your build slot is confirmed…"), in every portal language:
 * the inbox offers them in the customer's own language, and staff adapt the text before sending.
 */
/** The text must exist in the default language; the others fall back to it. */
const bodyInDefaultLocale: TextareaFieldValidation = (value, options) => {
  const locale = options.req?.locale
  if (!value && (!locale || locale === DEFAULT_LOCALE))
    return 'Required in English, the default language.'
  return textarea(value, { ...options, required: false })
}

export const CannedReplies: CollectionConfig = {
  slug: 'canned-replies',
  labels: { singular: 'Canned reply', plural: 'Canned replies' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sortOrder', 'updatedAt'],
    group: 'Messages',
    hidden: notMessagingStaff,
  },
  defaultSort: 'sortOrder',
  access: {
    read: cannedRepliesAccess,
    create: cannedRepliesAccess,
    update: cannedRepliesAccess,
    delete: cannedRepliesAccess,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 120,
      validate: requiredInDefaultLocale,
      admin: { description: 'What staff pick it by in the inbox, e.g. "Build slot confirmed".' },
    },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      validate: bodyInDefaultLocale,
      admin: { description: 'The text put in the reply box; staff can change it before sending.' },
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
