import { describe, expect, it } from 'vitest'

import { createHelpArticle, createHelpCategory } from '@/seed/help-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { graphql, rest } from '../support/http'

const docs: Record<string, string> = {}
let category = ''

const text = (title: string) => ({ en: { title, body: [`${title}: the article text.`] } })

/**
 * Help articles: staff read all, drafts included; help managers (admin, account managers,
 * marketing) write. Customer A (a P24 RS in production) reads published articles meant for
 * everyone (P) or targeted at their model and stage (S); never a draft (D), nor one for F22
 * owners (T).
 */
const world = accessTable({
  slug: 'help-articles',
  gql: gqlNames('HelpArticle', 'HelpArticles'),
  setup: async (w) => {
    category = (await createHelpCategory(w.payload, { title: { en: `Access ${rand()}` } })).id
    const make = async (name: string, extra: Partial<Parameters<typeof createHelpArticle>[1]>) => {
      docs[name] = (
        await createHelpArticle(w.payload, { category, text: text(`Article ${name}`), ...extra })
      ).id
    }
    await make('P', {})
    await make('D', { status: 'draft' })
    await make('T', { targetModels: ['f22'] })
    await make('S', { targetModels: ['p24-rs', 'f22'], targetStages: ['production'] })
  },
  docs: () => docs,
  read: row('P D T S', 'P D T S', 'P D T S', 'P D T S', 'P S', ''),
  update: row('P D T S', 'P D T S', 'P D T S', '', '', ''),
  delete: row('P D T S', 'P D T S', 'P D T S', '', '', ''),
  create: row('new', 'new', 'new', '', '', ''),
  patch: { field: 'summary', value: () => `summary ${rand()}` },
  newDoc: () => ({ title: `New ${rand()}`, slug: `new-${rand()}`, category }),
  key: 'slug',
  disposable: async (w) =>
    (await createHelpArticle(w.payload, { category, text: text(`Disposable ${rand()}`) })).id,
})

describe('help-articles: drafts never reach a customer', () => {
  it('a draft answers 404 by id, also when asked for the draft', async () => {
    const { who } = world
    for (const q of ['', '?draft=true']) {
      const res = await rest('GET', `help-articles/${docs.D}${q}`, who.customerA.headers)
      expect(res.status, q).toBe(404)
    }
    const gql = await graphql(
      `
        query ($id: String!) {
          HelpArticle(id: $id, draft: true) {
            id
            title
          }
        }
      `,
      who.customerA.headers,
      { id: docs.D },
    )
    expect(gql.json.data?.HelpArticle ?? null).toBeNull()
  })

  it('a published article with a newer draft shows the customer the published text', async () => {
    const { w, who } = world
    const article = await createHelpArticle(w.payload, { category, text: text('Published text') })
    await w.payload.update({
      collection: 'help-articles',
      id: article.id,
      draft: true,
      data: { title: 'Unreleased draft text' },
      overrideAccess: true, // test setup: an editor saves a draft
    })
    for (const q of ['', '?draft=true']) {
      const res = await rest('GET', `help-articles/${article.id}${q}`, who.customerA.headers)
      expect(res.status, q).toBe(200)
      expect(res.json.title, q).toBe('Published text')
    }
    const gql = await graphql(
      `
        query ($id: String!) {
          HelpArticle(id: $id, draft: true) {
            title
          }
        }
      `,
      who.customerA.headers,
      { id: article.id },
    )
    expect(gql.json.data?.HelpArticle).toEqual({ title: 'Published text' })
    const list = await rest(
      'GET',
      `help-articles?draft=true&where[id][equals]=${article.id}`,
      who.customerA.headers,
    )
    // A draft listing reads the latest versions under the same filter: the draft one is not
    // published, so the article is left out rather than shown in its unreleased text.
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.json.docs)).not.toContain('Unreleased')
    // Editors see the draft.
    const staff = await rest('GET', `help-articles/${article.id}?draft=true`, who.marketing.headers)
    expect(staff.json.title).toBe('Unreleased draft text')
  })

  it('versions are for help managers only', async () => {
    const { who } = world
    expect((await rest('GET', 'help-articles/versions', who.customerA.headers)).status).toBe(403)
    expect((await rest('GET', 'help-articles/versions', who.finance.headers)).status).toBe(403)
    expect((await rest('GET', 'help-articles/versions', who.marketing.headers)).status).toBe(200)
    const gql = await graphql(
      `
        {
          versionsHelpArticles {
            docs {
              id
              version {
                title
              }
            }
          }
        }
      `,
      who.customerA.headers,
    )
    const error = gql.json.errors?.[0] as { extensions?: { statusCode?: number } } | undefined
    expect(error?.extensions?.statusCode).toBe(403)
  })
})
