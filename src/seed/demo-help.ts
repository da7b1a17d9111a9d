import type { Payload } from 'payload'

import { logger } from '@/lib/logger'

import { DEMO_HELP_BUILD } from './demo-help-articles-build'
import { DEMO_HELP_OWNING } from './demo-help-articles-owning'
import { DEMO_HELP_CATEGORIES } from './demo-help-categories'
import { createHelpArticle, createHelpCategory } from './help-factories'

/** The demo help centre: six topics, their articles in three languages, and one draft. */
export async function seedDemoHelp(payload: Payload) {
  const categories = new Map<string, string>()
  for (const [i, c] of DEMO_HELP_CATEGORIES.entries()) {
    const doc = await createHelpCategory(payload, { ...c, order: i + 1 })
    categories.set(c.slug, doc.id)
  }
  const articles = [...DEMO_HELP_BUILD, ...DEMO_HELP_OWNING]
  const ids = new Map<string, string>()
  for (const a of articles) {
    const doc = await createHelpArticle(payload, {
      slug: a.slug,
      category: categories.get(a.category)!,
      order: a.order,
      text: a.text,
      targetModels: a.targetModels,
      targetStages: a.targetStages,
    })
    ids.set(a.slug, doc.id)
  }
  // Related articles point at each other, so they are linked once all exist.
  for (const a of articles) {
    if (!a.related?.length) continue
    await payload.update({
      collection: 'help-articles',
      id: ids.get(a.slug)!,
      data: { related: a.related.map((slug) => ids.get(slug)!).filter(Boolean) },
      overrideAccess: true, // seed
    })
  }
  // An article marketing is still writing: staff see it in /admin, customers nowhere.
  await createHelpArticle(payload, {
    slug: 'events-calendar-2027',
    category: categories.get('events')!,
    order: 9,
    status: 'draft',
    text: {
      en: {
        title: 'The 2027 events calendar',
        summary: 'Draft: dates still to be confirmed with the circuits.',
        body: ['Track days and tours for 2027 — dates follow once the circuits confirm.'],
      },
    },
  })
  logger.info({ categories: categories.size, articles: ids.size }, 'demo help centre ready')
}
