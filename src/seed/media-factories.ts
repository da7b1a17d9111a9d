import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'
import type { TMediaAudience, TMediaType } from '@/lib/media/types'
import type { TModel } from '@/lib/orders/models'
import type { TStage } from '@/lib/orders/stages'
import type { MediaItem, MediaUpload } from '@/payload-types'

import { lexicalFromParagraphs } from './help-factories'

/**
 * Media library factories shared by the demo seed and the tests. System writes
 * (overrideAccess: true): they set up the content that access rules are then tested against.
 */
type TLocalized<T> = Partial<Record<TLocale, T>> & { en: T }
type TText = { title: string; summary?: string; body?: string[] }

const suffix = () => randomBytes(4).toString('hex')

/** A cover image or an original video, as marketing uploads it. */
export async function createMediaUpload(
  payload: Payload,
  input: { data: Buffer; mimetype: string; name?: string; alt?: TLocalized<string> },
): Promise<MediaUpload> {
  const ext = input.mimetype.split('/')[1]
  const upload = await payload.create({
    collection: 'media-uploads',
    data: { alt: input.alt?.en ?? '' },
    file: {
      data: input.data,
      mimetype: input.mimetype,
      name: input.name ?? `media-${suffix()}.${ext}`,
      size: input.data.length,
    },
    locale: 'en',
    overrideAccess: true, // seed / test setup
    context: { seed: true },
    depth: 0,
  })
  for (const [locale, alt] of Object.entries(input.alt ?? {}))
    if (locale !== 'en')
      await payload.update({
        collection: 'media-uploads',
        id: upload.id,
        data: { alt },
        locale: locale as TLocale,
        overrideAccess: true, // seed / test setup
        context: { seed: true },
      })
  return upload
}

/** A library item in every language given; published unless told otherwise. */
export async function createMediaItem(
  payload: Payload,
  input: {
    text?: TLocalized<TText>
    type?: TMediaType
    status?: 'draft' | 'published'
    audience?: TMediaAudience
    targetModels?: TModel[]
    targetStages?: TStage[]
    targetCustomers?: string[]
    cover?: string
    video?: string
    featured?: boolean
    publishedAt?: string
    /** Notify the audience as a real publication would (tests of the notification). */
    notify?: boolean
  } = {},
): Promise<MediaItem> {
  const text = input.text ?? { en: { title: `Story ${suffix()}` } }
  const fields = (t: TText) => ({
    title: t.title,
    summary: t.summary,
    ...(t.body ? { body: lexicalFromParagraphs(t.body) } : {}),
  })
  const context = input.notify ? {} : { seed: true }
  const status = input.status ?? 'published'
  const item = await payload.create({
    collection: 'media-items',
    data: {
      ...fields(text.en),
      type: input.type ?? 'news',
      audience: input.audience ?? 'everyone',
      targetModels: input.targetModels,
      targetStages: input.targetStages,
      targetCustomers: input.targetCustomers,
      cover: input.cover,
      video: input.video,
      featured: input.featured ?? false,
      publishedAt: input.publishedAt,
      _status: status,
    },
    draft: status === 'draft',
    locale: 'en',
    overrideAccess: true, // seed / test setup
    context,
    depth: 0,
  })
  for (const [locale, t] of Object.entries(text))
    if (locale !== 'en' && t)
      await payload.update({
        collection: 'media-items',
        id: item.id,
        data: { ...fields(t), _status: status },
        draft: status === 'draft',
        locale: locale as TLocale,
        overrideAccess: true, // seed / test setup
        context: { seed: true },
      })
  return item
}

/** A WebVTT caption file of a film in one language, as marketing uploads it. */
export async function createMediaCaption(
  payload: Payload,
  input: { item: string; language: TLocale; vtt: string },
) {
  return payload.create({
    collection: 'media-captions',
    data: { item: input.item, language: input.language },
    file: {
      data: Buffer.from(input.vtt, 'utf8'),
      mimetype: 'text/vtt',
      name: `captions-${input.language}-${suffix()}.vtt`,
      size: Buffer.byteLength(input.vtt),
    },
    overrideAccess: true, // seed / test setup
    context: { seed: true },
    depth: 0,
  })
}
