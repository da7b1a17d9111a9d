import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { HELP_SLUG } from '@/lib/help/categories'
import { getPayload } from '@/payload/get-payload'

/**
 * What the help pages show, read as the customer (overrideAccess: false): the articles' own
 * access rules keep drafts and articles targeted at other cars out of every list and page.
 */
export async function getHelpIndex(customer: TCustomerUser, locale: TLocale) {
  const payload = await getPayload()
  const as = { user: customer, overrideAccess: false, locale, fallbackLocale: 'en' } as const
  const [categories, articles] = await Promise.all([
    payload.find({
      collection: 'help-categories',
      sort: 'order',
      depth: 0,
      limit: 50,
      pagination: false,
      select: { title: true, slug: true, description: true, icon: true },
      ...as,
    }),
    payload.find({
      collection: 'help-articles',
      sort: 'order',
      depth: 0,
      limit: 500,
      pagination: false,
      select: { title: true, slug: true, summary: true, category: true },
      ...as,
    }),
  ])
  return categories.docs
    .map((category) => ({
      ...category,
      articles: articles.docs.filter((a) => a.category === category.id),
    }))
    .filter((c) => c.articles.length > 0)
}

export type THelpIndex = Awaited<ReturnType<typeof getHelpIndex>>

/** One article by its slug, or null for "missing" and "not for you" alike (both become 404). */
export async function getHelpArticle(customer: TCustomerUser, slug: string, locale: TLocale) {
  if (!HELP_SLUG.test(slug) || slug.length > 80) return null
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'help-articles',
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    select: {
      title: true,
      slug: true,
      summary: true,
      body: true,
      category: true,
      related: true,
      updatedAt: true,
    },
    populate: {
      'help-categories': { title: true, slug: true },
      'help-articles': { title: true, slug: true, summary: true },
    },
    locale,
    fallbackLocale: 'en',
    user: customer,
    overrideAccess: false,
  })
  const article = docs[0]
  if (!article) return null
  const [vote, manager] = await Promise.all([
    payload.find({
      collection: 'help-feedback',
      where: { article: { equals: article.id } },
      depth: 0,
      limit: 1,
      select: { helpful: true },
      user: customer,
      overrideAccess: false,
    }),
    getCustomerManager(customer),
  ])
  return {
    ...article,
    category: typeof article.category === 'object' ? article.category : null,
    // Related articles the customer may not read come back as bare ids: they are left out.
    related: (article.related ?? []).filter((r) => typeof r === 'object' && r !== null),
    helpful: vote.docs[0]?.helpful ?? null,
    manager,
  }
}

export type THelpArticle = NonNullable<Awaited<ReturnType<typeof getHelpArticle>>>

/** The customer's account manager (name and address for "Ask my account manager"), or null. */
export async function getCustomerManager(customer: TCustomerUser) {
  const id =
    typeof customer.accountManager === 'object'
      ? customer.accountManager?.id
      : customer.accountManager
  if (!id) return null
  const payload = await getPayload()
  return payload.findByID({
    collection: 'staff',
    id,
    depth: 0,
    select: { name: true, email: true },
    user: customer,
    overrideAccess: false,
    disableErrors: true,
  })
}
