import type { CollectionConfig, Where } from 'payload'

import { orderChildWrite } from '@/access/order-child-write'
import { productionUpdatesRead } from '@/access/production-updates-read'
import { productionUpdatesVersions } from '@/access/production-updates-versions'
import { requiredInDefaultLocale } from '@/collections/Orders/fields/required-in-default-locale'
import { ownOrderOnly } from '@/collections/OrderMilestones/hooks/own-order'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'
import { idOf } from '@/lib/timeline/milestones'

import { mediaOfOrder } from './hooks/media-of-order'
import { notifyPublished } from './hooks/notify-published'
import { stampPublishedAt } from './hooks/published-at'
import { releaseMedia } from './hooks/release-media'

const audit = auditStaffChanges({ targetType: 'production-update', ignore: ['publishedAt'] })

/**
 * A production update of one car: text, photos and video, attached to a milestone. Drafts and
 * scheduled publication are Payload's; the customer sees only what is published.
 */
export const ProductionUpdates: CollectionConfig = {
  slug: 'production-updates',
  labels: { singular: 'Production update', plural: 'Production updates' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'milestone', '_status', 'publishedAt'],
    group: 'Production',
    description: 'Choose the car, write, add photos, save a draft, preview, publish or schedule.',
    preview: (doc, { locale }) =>
      doc?.order ? `/${locale}/preview/updates/${String(doc.id)}` : null,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
  access: {
    read: productionUpdatesRead,
    readVersions: productionUpdatesVersions,
    create: orderChildWrite,
    update: orderChildWrite,
    delete: orderChildWrite,
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeValidate: [ownOrderOnly, mediaOfOrder],
    beforeChange: [stampPublishedAt],
    afterChange: [releaseMedia, notifyPublished, audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    {
      name: 'preselectOrder',
      type: 'ui',
      admin: { components: { Field: '@/features/timeline/admin/preselect-order#PreselectOrder' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
        {
          name: 'milestone',
          type: 'relationship',
          relationTo: 'order-milestones',
          filterOptions: ({ data }) =>
            data?.order ? { order: { equals: idOf(data.order) } } : false,
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 200,
      validate: requiredInDefaultLocale,
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'dropMedia',
      type: 'ui',
      admin: { components: { Field: '@/features/timeline/admin/media-drop-zone#MediaDropZone' } },
    },
    {
      name: 'gallery',
      type: 'array',
      labels: { singular: 'Photo', plural: 'Photos' },
      maxRows: 60,
      fields: [
        {
          name: 'media',
          type: 'upload',
          relationTo: 'order-media',
          required: true,
          filterOptions: ({ data }) =>
            data?.order ? { order: { equals: idOf(data.order) } } : false,
        },
      ],
    },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'order-media',
      filterOptions: ({ data }): Where | false =>
        data?.order
          ? { and: [{ order: { equals: idOf(data.order) } }, { mimeType: { like: 'video/' } }] }
          : false,
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Set at first publication.' },
    },
    {
      name: 'automatic',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', readOnly: true, description: 'Posted by the ERP feed.' },
    },
  ],
}
