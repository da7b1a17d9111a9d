import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { contentManage } from '@/access/content-manage'
import { mediaItemsRead } from '@/access/media-items-read'
import { staffCan } from '@/access/user'
import { EXTERNAL_PROVIDERS, parseExternalVideo } from '@/lib/media/external-video'
import { MEDIA_AUDIENCES, MEDIA_TYPES } from '@/lib/media/types'
import { MODELS } from '@/lib/orders/models'
import { STAGES } from '@/lib/orders/stages'

import { requiredInDefaultLocale } from '../Orders/fields/required-in-default-locale'
import { audienceFigures } from './fields/audience-figures'
import { afterItemChange, publishedAtOnPublish } from './hooks/after-change'
import { removeItemFiles } from './hooks/remove-files'

const label = (s: string) => s[0].toUpperCase() + s.slice(1).replace(/-/g, ' ')

/**
 * The media library: news, exclusive videos, behind the scenes, interviews, factory tours.
 * Localized, draft / publish / scheduled, written by marketing. Each item names its audience;
 * a customer only ever lists, opens and streams what is meant for them (src/access/media-items-read.ts).
 * An uploaded video is turned into HLS by a job (media-transcodes); its segments, poster and
 * thumbnails are stored files owned by the item, so they follow the item's read access.
 */
export const MediaItems: CollectionConfig = {
  slug: 'media-items',
  labels: { singular: 'Media item', plural: 'Media items' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'audience', '_status', 'publishedAt'],
    group: 'Media library',
    hidden: ({ user }) => !staffCan(user, 'content:manage'),
    listSearchableFields: ['title'],
  },
  defaultSort: '-publishedAt',
  // Owner of its HLS segments, posters and thumbnails: the file route asks this read access.
  custom: { privateFiles: {} },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
  access: {
    read: mediaItemsRead,
    readVersions: contentManage,
    create: contentManage,
    update: contentManage,
    delete: contentManage,
  },
  hooks: {
    beforeChange: [publishedAtOnPublish, externalVideoId],
    afterChange: [afterItemChange],
    beforeDelete: [removeItemFiles],
  },
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'news',
      index: true,
      options: MEDIA_TYPES.map((t) => ({ value: t, label: label(t) })),
    },
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
      maxLength: 400,
      admin: { description: 'One or two sentences, shown on cards.' },
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media-uploads',
      filterOptions: { mimeType: { like: 'image/' } },
      admin: { description: 'A video without a cover shows a frame of itself.' },
    },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media-uploads',
      filterOptions: { mimeType: { like: 'video/' } },
      admin: {
        description:
          'Streamed in 1080p, 720p and 480p once it has been prepared (see Video transcodes). The original is kept.',
      },
    },
    {
      name: 'externalUrl',
      label: 'YouTube or Vimeo link',
      type: 'text',
      maxLength: 300,
      validate: externalUrlValid,
      admin: {
        description:
          'Instead of an upload: a film on YouTube or Vimeo, played in their privacy-enhanced player.',
      },
    },
    {
      name: 'externalProvider',
      type: 'select',
      options: EXTERNAL_PROVIDERS.map((p) => ({ value: p, label: label(p) })),
      admin: { readOnly: true, condition: (data) => Boolean(data?.externalUrl) },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'externalId',
      type: 'text',
      admin: { readOnly: true, condition: (data) => Boolean(data?.externalUrl) },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Shown large at the top of the library.' },
    },
    audienceFigures,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', description: 'Set when first published.' },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'everyone',
      index: true,
      options: [
        { value: 'everyone', label: 'Every customer' },
        { value: 'models', label: 'Owners of a model' },
        { value: 'stages', label: 'Customers with a car in a stage' },
        { value: 'customers', label: 'Named customers' },
      ] satisfies { value: (typeof MEDIA_AUDIENCES)[number]; label: string }[],
      admin: { position: 'sidebar' },
    },
    {
      name: 'targetModels',
      label: 'Models',
      type: 'select',
      hasMany: true,
      options: MODELS.map((m) => ({ value: m.value, label: m.label })),
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'models' },
      validate: targetRequired('models'),
    },
    {
      name: 'targetStages',
      label: 'Stages',
      type: 'select',
      hasMany: true,
      options: STAGES.map((s) => ({ value: s, label: label(s) })),
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'stages' },
      validate: targetRequired('stages'),
    },
    {
      name: 'targetCustomers',
      label: 'Customers',
      type: 'relationship',
      relationTo: 'customers',
      hasMany: true,
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'customers' },
      validate: targetRequired('customers'),
    },
  ],
}

/** A link must be one we can embed, and an item plays one film: an upload or a link. */
function externalUrlValid(
  value: unknown,
  { siblingData }: { siblingData: Record<string, unknown> },
) {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !parseExternalVideo(value))
    return 'Paste a YouTube or Vimeo video link (https://…).'
  return siblingData.video ? 'Choose an uploaded video or a link, not both.' : true
}

/** Only the provider and the id are used for playback: the embed URL is always ours. */
function externalVideoId({ data }: Parameters<CollectionBeforeChangeHook>[0]) {
  if (!('externalUrl' in data)) return data
  const parsed = typeof data.externalUrl === 'string' ? parseExternalVideo(data.externalUrl) : null
  return { ...data, externalProvider: parsed?.provider ?? null, externalId: parsed?.id ?? null }
}

/** An audience other than "everyone" needs at least one target, or nobody would see the item. */
function targetRequired(audience: string) {
  return (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
    siblingData.audience !== audience || (Array.isArray(value) && value.length > 0)
      ? true
      : 'Choose at least one, or set the audience to every customer.'
}
