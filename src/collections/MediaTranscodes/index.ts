import type { CollectionConfig } from 'payload'

import { contentManage } from '@/access/content-manage'
import { nobody } from '@/access/nobody'
import { staffCan } from '@/access/user'

import { queueTranscode, retryOnlyFailed } from './hooks/retry'

export const TRANSCODE_STATES = ['queued', 'processing', 'ready', 'failed'] as const
export type TTranscodeState = (typeof TRANSCODE_STATES)[number]

/**
 * One run of turning a media item's video into HLS (src/jobs/transcode-media-video.ts): its state,
 * progress and error for marketing in /admin, and, when ready, the renditions with the stored
 * files of their segments, poster and thumbnail strip (owned by the item, so the file route asks
 * the item's read access). Created by the item when its video changes; a failed run is retried by
 * setting it back to "queued". The original upload is never changed.
 */
export const MediaTranscodes: CollectionConfig = {
  slug: 'media-transcodes',
  labels: { singular: 'Video transcode', plural: 'Video transcodes' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['item', 'status', 'progress', 'error', 'updatedAt'],
    group: 'Media library',
    hidden: ({ user }) => !staffCan(user, 'content:manage'),
    description:
      'Each uploaded video is turned into streams of 1080p, 720p and 480p. A failed run can be retried: set its status to "queued".',
  },
  defaultSort: '-createdAt',
  access: {
    read: contentManage,
    create: nobody,
    update: contentManage,
    delete: nobody,
  },
  hooks: { beforeChange: [retryOnlyFailed], afterChange: [queueTranscode] },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'media-items',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'media-uploads',
      required: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: TRANSCODE_STATES.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) })),
    },
    {
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      admin: { readOnly: true, description: 'Percent done.' },
    },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'durationSeconds',
      type: 'number',
      admin: { readOnly: true, description: 'Running time of the video.' },
    },
    {
      name: 'result',
      type: 'json',
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
  ],
}
