import { describe, expect, it } from 'vitest'

import { createHelpArticle, createHelpCategory } from '@/seed/help-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand, type TCtx } from '../support/access-world'
import { rest } from '../support/http'

const docs: Record<string, string> = {}
/** Articles nobody voted on yet: each create in the table takes one (one vote per article). */
const fresh: string[] = []
let category = ''
let hidden: Record<'draft' | 'targeted', string>

const article = async (w: TCtx, extra: Partial<Parameters<typeof createHelpArticle>[1]> = {}) =>
  (
    await createHelpArticle(w.payload, {
      category,
      text: { en: { title: `Feedback ${rand()}`, body: ['Text.'] } },
      ...extra,
    })
  ).id

const vote = async (w: TCtx, customer: string, on: string) =>
  String(
    (
      await w.payload.create({
        collection: 'help-feedback',
        data: { customer, article: on, helpful: true },
        overrideAccess: true, // test setup: a vote as the portal records it
      })
    ).id,
  )

/**
 * "Was this helpful?" votes: a customer reads and changes only their own (A), never B's; staff
 * who manage help read them as they read customers (account manager A: only their customer's);
 * finance none. Only customers vote; only admins delete.
 */
const world = accessTable({
  slug: 'help-feedback',
  gql: gqlNames('HelpFeedbackItem', 'HelpFeedback'),
  setup: async (w) => {
    category = (await createHelpCategory(w.payload, { title: { en: `Votes ${rand()}` } })).id
    const on = await article(w)
    docs.A = await vote(w, w.customerA.id, on)
    docs.B = await vote(w, w.customerB.id, on)
    fresh.push(...(await Promise.all(Array.from({ length: 18 }, () => article(w)))))
    hidden = {
      draft: await article(w, { status: 'draft' }),
      targeted: await article(w, { targetModels: ['f22'] }),
    }
  },
  docs: () => docs,
  read: row('A B', 'A', 'A B', '', 'A', ''),
  update: row('', '', '', '', 'A', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('', '', '', '', 'new', ''),
  patch: { field: 'comment', value: () => `comment ${rand()}` },
  newDoc: () => ({ article: fresh.pop(), helpful: false, comment: `new ${rand()}` }),
  key: 'comment',
  disposable: async (w, name) =>
    vote(w, name === 'A' ? w.customerA.id : w.customerB.id, await article(w)),
})

describe('help-feedback: a vote is the customer’s own', () => {
  it('is recorded for the signed-in customer, whatever customer the body names', async () => {
    const { w, who } = world
    const on = await article(w)
    const res = await rest('POST', 'help-feedback?depth=0', who.customerA.headers, {
      article: on,
      customer: w.customerB.id,
      helpful: true,
    })
    expect(res.status).toBe(201)
    expect((res.json.doc as { customer: string }).customer).toBe(w.customerA.id)
  })

  it('is one per customer and article: a second vote is refused, the first can change', async () => {
    const { w, who } = world
    const on = await article(w)
    const first = await rest('POST', 'help-feedback?depth=0', who.customerA.headers, {
      article: on,
      helpful: true,
    })
    expect(first.status).toBe(201)
    const again = await rest('POST', 'help-feedback?depth=0', who.customerA.headers, {
      article: on,
      helpful: false,
    })
    expect(again.status).toBe(400)
    const id = (first.json.doc as { id: string }).id
    const changed = await rest('PATCH', `help-feedback/${id}?depth=0`, who.customerA.headers, {
      helpful: false,
      article: await article(w),
      customer: w.customerB.id,
    })
    expect(changed.status).toBe(200)
    const doc = changed.json.doc as { helpful: boolean; article: string; customer: string }
    expect(doc).toMatchObject({ helpful: false, article: on, customer: w.customerA.id })
  })

  it('cannot be cast on an article the customer may not read', async () => {
    const { who } = world
    for (const on of [hidden.draft, hidden.targeted]) {
      const res = await rest('POST', 'help-feedback?depth=0', who.customerA.headers, {
        article: on,
        helpful: true,
      })
      expect(res.status).toBe(404)
    }
  })
})
