import type { CollectionConfig } from 'payload'

import { eventImagesRead } from '@/access/event-images-read'
import { eventsManage } from '@/access/events-manage'
import { staffCan } from '@/access/user'
import { privateUpload } from '@/payload/private-upload'

/**
 * Pictures of events: the venue or track beforehand, the day's photos afterwards. Stored
 * encrypted like every upload, served only by /api/files/[id] to signed-in people.
 */
export const EventImages: CollectionConfig = privateUpload({
  allowed: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
  files: { immutable: true },
  collection: {
    slug: 'event-images',
    labels: { singular: 'Event image', plural: 'Event images' },
    graphQL: { singularName: 'EventImage', pluralName: 'EventImages' },
    admin: {
      useAsTitle: 'filename',
      group: 'Events',
      hidden: ({ user }) => !staffCan(user, 'events:manage'),
    },
    access: {
      read: eventImagesRead,
      create: eventsManage,
      update: eventsManage,
      delete: eventsManage,
    },
    upload: {
      imageSizes: [
        { name: 'thumbnail', width: 640, height: 400, position: 'centre' },
        { name: 'large', width: 1920, withoutEnlargement: true },
      ],
      focalPoint: false,
      crop: false,
    },
    fields: [{ name: 'alt', type: 'text', localized: true, maxLength: 300 }],
  },
})
