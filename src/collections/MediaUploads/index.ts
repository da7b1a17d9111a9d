import type { CollectionConfig } from 'payload'

import { contentManage } from '@/access/content-manage'
import { mediaUploadsRead } from '@/access/media-uploads-read'
import { staffCan } from '@/access/user'
import { privateUpload } from '@/payload/private-upload'

/**
 * Covers and original videos of the media library, uploaded by marketing. Stored encrypted and
 * served only by /api/files/[id]; customers see a cover once an item they may read uses it, and
 * never an original video (they watch its HLS renditions).
 */
export const MediaUploads: CollectionConfig = privateUpload({
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
    slug: 'media-uploads',
    labels: { singular: 'Media file', plural: 'Media files' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'mimeType', 'item', 'createdAt'],
      group: 'Media library',
      hidden: ({ user }) => !staffCan(user, 'content:manage'),
    },
    access: {
      read: mediaUploadsRead,
      create: contentManage,
      update: contentManage,
      delete: contentManage,
    },
    upload: {
      imageSizes: [
        { name: 'card', width: 800, height: 500, position: 'centre' },
        { name: 'hero', width: 1920, withoutEnlargement: true },
      ],
      focalPoint: false,
      crop: false,
    },
    fields: [
      { name: 'alt', type: 'text', localized: true, maxLength: 300 },
      {
        name: 'item',
        type: 'relationship',
        relationTo: 'media-items',
        index: true,
        admin: {
          readOnly: true,
          description: 'The item that shows this file (set when it is used).',
        },
        access: { create: () => false, update: () => false },
      },
    ],
  },
})
