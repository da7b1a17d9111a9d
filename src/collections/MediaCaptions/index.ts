import type { CollectionConfig } from 'payload'

import { contentManage } from '@/access/content-manage'
import { mediaCaptionsRead } from '@/access/media-captions-read'
import { staffCan } from '@/access/user'
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales'
import { privateUpload } from '@/payload/private-upload'

/**
 * WebVTT subtitles of a library film, one file per language. Stored encrypted and served only by
 * /api/files/[id] under this collection's read access, which follows the item's audience.
 */
export const MediaCaptions: CollectionConfig = privateUpload({
  allowed: ['text/vtt'],
  collection: {
    slug: 'media-captions',
    labels: { singular: 'Caption file', plural: 'Caption files' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'item', 'language', 'createdAt'],
      group: 'Media library',
      hidden: ({ user }) => !staffCan(user, 'content:manage'),
      description: 'WebVTT subtitles (a .vtt file starting with WEBVTT) for a film, per language.',
    },
    access: {
      read: mediaCaptionsRead,
      create: contentManage,
      update: contentManage,
      delete: contentManage,
    },
    fields: [
      {
        name: 'item',
        type: 'relationship',
        relationTo: 'media-items',
        required: true,
        index: true,
      },
      {
        name: 'language',
        type: 'select',
        required: true,
        options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
      },
    ],
    indexes: [{ fields: ['item', 'language'], unique: true }],
  },
})
