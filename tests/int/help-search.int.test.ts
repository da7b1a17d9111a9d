import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { Highlight } from '@/features/help/components/highlight'
import { recordHelpVote } from '@/features/help/record-vote'
import { helpSearchRoute } from '@/features/help/search-route'
import { searchHelp } from '@/features/help/search/search-help'
import type { TLocale } from '@/lib/i18n/locales'
import { createHelpArticle, createHelpCategory, lexicalFromParagraphs } from '@/seed/help-factories'

import { customerHeaders } from './support/identity'
import { asCustomer, buildWorld, type TWorld } from './support/world'

let w: TWorld
const ids: Record<string, string> = {}

/** Each test's words are unique to this file's world, so other files' articles never interfere. */
beforeAll(async () => {
  w = await buildWorld()
  const category = (await createHelpCategory(w.payload, { title: { en: 'Search tests' } })).id
  const make = async (
    name: string,
    text: Parameters<typeof createHelpArticle>[1]['text'],
    extra = {},
  ) => {
    ids[name] = (await createHelpArticle(w.payload, { category, text, ...extra })).id
  }
  await make('paintTitle', {
    en: { title: 'Painting your zorblax car', body: ['How the work is done.'] },
    nl: { title: 'Het lakken van uw zorblax auto', body: ['Hoe het werk gebeurt.'] },
    de: { title: 'Die Lackierung Ihres zorblax Wagens', body: ['Wie die Arbeit gemacht wird.'] },
  })
  await make('paintBody', {
    en: {
      title: 'Zorblax handover',
      body: ['The body is painted, painted again and paint is polished: paint, paint, paint.'],
    },
    nl: {
      title: 'Zorblax aflevering',
      body: ['De carrosserie wordt in de lak gezet; het lakwerk wordt gepolijst. Lak, lak, lak.'],
    },
    de: {
      title: 'Zorblax Übergabe',
      body: ['Die Karosserie wird lackiert und poliert; lackiert, lackiert, lackiert.'],
    },
  })
  await make(
    'draft',
    {
      en: { title: 'Zorblax painting draft', body: ['Secret painting plans.'] },
    },
    { status: 'draft' },
  )
  await make(
    'targeted',
    {
      en: { title: 'Zorblax painting for F22 owners', body: ['Only for the F22.'] },
    },
    { targetModels: ['f22'] },
  )
  await make('escape', {
    en: {
      title: 'Zorblax quibbletron escaping',
      body: ['Type <script>alert(1)</script> & <img src=x onerror=alert(2)> quibbletron here.'],
    },
  })
})

const search = (locale: TLocale, query: string) =>
  searchHelp({ payload: w.payload, user: asCustomer(w.customerA), locale, query })
const slugsOf = (r: Awaited<ReturnType<typeof search>>) => r.hits.map((h) => h.id)

describe('help search', () => {
  it('finds stemmed and prefixed variants per language, title hits first', async () => {
    const en = await search('en', 'zorblax painting')
    expect(en.mode).toBe('fulltext')
    expect(slugsOf(en)).toEqual([ids.paintTitle, ids.paintBody])
    // Dutch: "lak" is the stem of "lakken" and a prefix of "lakwerk".
    expect(slugsOf(await search('nl', 'zorblax lak'))).toEqual([ids.paintTitle, ids.paintBody])
    // German: "Lackierung" stems to "lackier", a prefix of "lackiert".
    expect(slugsOf(await search('de', 'zorblax Lackierung'))).toEqual([
      ids.paintTitle,
      ids.paintBody,
    ])
  })

  it('marks the hits in title and snippet', async () => {
    const [first] = (await search('en', 'zorblax painting')).hits
    const marked = (segments: { text: string; hit: boolean }[]) =>
      segments.filter((s) => s.hit).map((s) => s.text.toLowerCase())
    expect(marked(first.title)).toEqual(['painting', 'zorblax'])
    const [, second] = (await search('en', 'zorblax painting')).hits
    expect(marked(second.snippet)).toContain('painted')
  })

  it('never shows drafts or articles targeted at other customers', async () => {
    const hits = slugsOf(await search('en', 'zorblax painting'))
    expect(hits).not.toContain(ids.draft)
    expect(hits).not.toContain(ids.targeted)
  })

  it('falls back to trigram similarity for a short query with a typo', async () => {
    const r = await search('en', 'quibletron')
    expect(r.mode).toBe('similar')
    expect(slugsOf(r)).toEqual([ids.escape])
  })

  it('returns snippets as plain text segments, markup included as text', async () => {
    const r = await search('en', 'quibbletron')
    const text = r.hits[0].snippet.map((s) => s.text).join('')
    expect(r.hits[0].snippet.some((s) => s.hit)).toBe(true)
    // PostgreSQL's parser drops what it takes for tags (<script>) but not everything that looks
    // like markup: the text reaches the page as is, and React escapes it there.
    expect(text).toContain('<img src=x onerror=alert(2)>')
    expect(text).not.toMatch(/[\u0001\u0002]/)
    const html = renderToStaticMarkup(createElement(Highlight, { segments: r.hits[0].snippet }))
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(html).toContain('<mark')
    expect(html).not.toContain('<img')
  })

  it('German stems one way only: "lackiert" does not find "Lackierung"; a typo falls back', async () => {
    // "Lackierung" stems to "lackier", a prefix of "lackiert"; "lackiert" stays "lackiert".
    const r = await search('de', 'zorblax lackiert')
    expect(r.mode).toBe('fulltext')
    expect(slugsOf(r)).toEqual([ids.paintBody])
    // The German stemmer folds umlauts: "Ubergabe" finds "Übergabe".
    expect(slugsOf(await search('de', 'zorblax Ubergabe'))).toEqual([ids.paintBody])
    const typo = await search('de', 'Lakierung')
    expect(typo.mode).toBe('similar')
    expect(slugsOf(typo)).toContain(ids.paintTitle)
  })

  it('keeps the index current when an article changes, and a draft leaves it alone', async () => {
    const category = (await createHelpCategory(w.payload, { title: { en: 'Reindex' } })).id
    const doc = await createHelpArticle(w.payload, {
      category,
      text: { en: { title: 'Frobnicator guide', body: ['About the wibblewobble.'] } },
    })
    expect(slugsOf(await search('en', 'wibblewobble'))).toEqual([doc.id])
    await w.payload.update({
      collection: 'help-articles',
      id: doc.id,
      draft: true,
      data: { body: lexicalFromParagraphs(['Now about the snorkelwhistle.']) },
      overrideAccess: true, // test setup: an editor saves a draft
    })
    expect(slugsOf(await search('en', 'snorkelwhistle'))).toEqual([])
    await w.payload.update({
      collection: 'help-articles',
      id: doc.id,
      data: {
        body: lexicalFromParagraphs(['Now about the snorkelwhistle.']),
        _status: 'published',
      },
      overrideAccess: true, // test setup: the editor publishes
    })
    expect(slugsOf(await search('en', 'snorkelwhistle'))).toEqual([doc.id])
    expect((await search('en', 'wibblewobble')).mode).not.toBe('fulltext')
  })
})

describe('GET /api/help/search', () => {
  const get = (query: string, headers = new Headers()) =>
    helpSearchRoute(new Request(`http://localhost:3000/api/help/search?${query}`, { headers }))

  it('answers a signed-in customer with private, uncached hits', async () => {
    const res = await get(
      'q=zorblax+painting&locale=en',
      await customerHeaders(w.payload, w.customerA),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const body = (await res.json()) as { mode: string; hits: { id: string }[] }
    expect(body.hits.map((h) => h.id)).toEqual([ids.paintTitle, ids.paintBody])
  })

  it('refuses with problem+json: signed out 401, bad input 400', async () => {
    const out = await get('q=paint&locale=en')
    expect(out.status).toBe(401)
    expect(out.headers.get('content-type')).toContain('application/problem+json')
    const bad = await get('q=paint&locale=fr', await customerHeaders(w.payload, w.customerA))
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('recordHelpVote', () => {
  it('casts one vote per customer and article and changes it', async () => {
    const customer = asCustomer(w.customerA)
    const article = ids.paintBody
    const count = async () =>
      (
        await w.payload.find({
          collection: 'help-feedback',
          where: { and: [{ article: { equals: article } }, { customer: { equals: customer.id } }] },
          overrideAccess: true, // test: the database's view
        })
      ).docs.map((d) => d.helpful)
    await recordHelpVote({ payload: w.payload, customer, article, helpful: true })
    expect(await count()).toEqual([true])
    await Promise.all([
      recordHelpVote({ payload: w.payload, customer, article, helpful: false }),
      recordHelpVote({ payload: w.payload, customer, article, helpful: false }),
    ])
    expect(await count()).toEqual([false])
  })

  it('refuses an article the customer may not read', async () => {
    const customer = asCustomer(w.customerA)
    await expect(
      recordHelpVote({ payload: w.payload, customer, article: ids.targeted, helpful: true }),
    ).rejects.toThrow()
  })
})
