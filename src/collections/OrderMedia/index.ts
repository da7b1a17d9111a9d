import type { CollectionConfig } from 'payload'

import { orderMediaRead } from '@/access/order-media-read'
import { orderMediaWrite } from '@/access/order-media-write'
import { ownOrderOnly } from '@/collections/OrderMilestones/hooks/own-order'
import { privateUpload } from '@/payload/private-upload'

/**
 * Photos and video of a customer's own car, uploaded by staff. Stored encrypted, served only by
 * /api/files/[id]; a customer sees an item once `visibleToCustomer` is set (by the production
 * timeline when the update that uses it is published).
 */
export const OrderMedia: CollectionConfig = privateUpload({
  allowed: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/avif',
    'video/mp4',
    'video/quicktime',
    'video/webm',
  ],
  collection: {
    slug: 'order-media',
    labels: { singular: 'Order photo or video', plural: 'Order photos and videos' },
    graphQL: { singularName: 'OrderMediaItem', pluralName: 'OrderMedia' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'order', 'visibleToCustomer', 'createdAt'],
      group: 'Orders',
    },
    access: {
      read: orderMediaRead,
      create: orderMediaWrite,
      update: orderMediaWrite,
      delete: orderMediaWrite,
    },
    upload: {
      imageSizes: [
        { name: 'thumbnail', width: 480, height: 320, position: 'centre' },
        { name: 'large', width: 1920, withoutEnlargement: true },
      ],
      focalPoint: false,
      crop: false,
    },
    // Like every record of a car: only onto their own customers' orders, and it never moves.
    hooks: { beforeValidate: [ownOrderOnly] },
    fields: [
      { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
      { name: 'alt', type: 'text', localized: true, maxLength: 300 },
      { name: 'caption', type: 'textarea', localized: true, maxLength: 2000 },
      {
        name: 'visibleToCustomer',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        admin: { description: 'Shown to the customer in their portal.' },
      },
    ],
  },
})
