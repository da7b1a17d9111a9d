import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { THelpCategoryIcon } from '@/lib/help/categories'
import type { TLocale } from '@/lib/i18n/locales'
import type { TModel } from '@/lib/orders/models'
import type { TStage } from '@/lib/orders/stages'
import type { HelpArticle, HelpCategory } from '@/payload-types'

/**
 * Help centre factories shared by the demo seed and the tests. System writes
 * (overrideAccess: true): they set up the content that access rules are then tested against.
 */
type TLocalized<T> = Partial<Record<TLocale, T>> & { en: T }

/** Lexical rich text from plain paragraphs (a line starting with "## " becomes a heading). */
export function lexicalFromParagraphs(paragraphs: string[]): NonNullable<HelpArticle['body']> {
  const text = (t: string) => ({
    type: 'text',
    text: t,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
    version: 1,
  })
  const block = (p: string) =>
    p.startsWith('## ')
      ? { type: 'heading', tag: 'h2', children: [text(p.slice(3))], ...common }
      : { type: 'paragraph', children: [text(p)], textFormat: 0, textStyle: '', ...common }
  const common = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
  return { root: { type: 'root', children: paragraphs.map(block), ...common } }
}

const suffix = () => randomBytes(4).toString('hex')

export async function createHelpCategory(
  payload: Payload,
  input: {
    slug?: string
    title: TLocalized<string>
    description?: TLocalized<string>
    icon?: THelpCategoryIcon
    order?: number
  },
): Promise<HelpCategory> {
  const { en, ...others } = input.title
  const doc = await payload.create({
    collection: 'help-categories',
    locale: 'en',
    data: {
      slug: input.slug ?? `category-${suffix()}`,
      title: en,
      description: input.description?.en,
      icon: input.icon ?? 'sparkles',
      order: input.order ?? 0,
    },
    overrideAccess: true, // factory
  })
  for (const [locale, title] of Object.entries(others) as [TLocale, string][]) {
    await payload.update({
      collection: 'help-categories',
      id: doc.id,
      locale,
      data: { title, description: input.description?.[locale] },
      overrideAccess: true, // factory
    })
  }
  return doc
}

export type THelpArticleText = { title: string; summary?: string; body: string[] }

export async function createHelpArticle(
  payload: Payload,
  input: {
    category: string
    slug?: string
    text: TLocalized<THelpArticleText>
    order?: number
    status?: 'draft' | 'published'
    targetModels?: TModel[]
    targetStages?: TStage[]
    related?: string[]
  },
): Promise<HelpArticle> {
  const status = input.status ?? 'published'
  const localized = (t: THelpArticleText) => ({
    title: t.title,
    summary: t.summary,
    body: lexicalFromParagraphs(t.body),
  })
  const { en, ...others } = input.text
  const doc = await payload.create({
    collection: 'help-articles',
    locale: 'en',
    draft: status === 'draft',
    data: {
      ...localized(en),
      slug: input.slug ?? `article-${suffix()}`,
      category: input.category,
      order: input.order ?? 0,
      targetModels: input.targetModels ?? [],
      targetStages: input.targetStages ?? [],
      related: input.related ?? [],
      _status: status,
    },
    overrideAccess: true, // factory
  })
  for (const [locale, t] of Object.entries(others) as [TLocale, THelpArticleText][]) {
    await payload.update({
      collection: 'help-articles',
      id: doc.id,
      locale,
      draft: status === 'draft',
      data: { ...localized(t), _status: status },
      overrideAccess: true, // factory
    })
  }
  return doc
}
