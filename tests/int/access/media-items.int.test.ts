import { describe, expect, it } from 'vitest'

import { createMediaItem } from '@/seed/media-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { graphql, rest } from '../support/http'

const docs: Record<string, string> = {}
const story = (title: string) => ({ en: { title, summary: `${title}: a story.` } })

/**
 * Media library items: marketing and admins read and write all, drafts included; account
 * managers and finance have no part in it. Customer A (a P24 RS in production) reads published
 * items meant for everyone (E), for their stage (S) or naming them (N); never a draft (D), one for
 * F22 owners (M) or one naming customer B (X).
 */
const world = accessTable({
  slug: 'media-items',
  gql: gqlNames('MediaItem', 'MediaItems'),
  setup: async (w) => {
    const make = async (name: string, extra: Parameters<typeof createMediaItem>[1]) => {
      docs[name] = (await createMediaItem(w.payload, { text: story(`Item ${name}`), ...extra })).id
    }
    await make('E', {})
    await make('D', { status: 'draft' })
    await make('M', { audience: 'models', targetModels: ['f22'] })
    await make('S', { audience: 'stages', targetStages: ['production'] })
    await make('N', { audience: 'customers', targetCustomers: [w.customerA.id] })
    await make('X', { audience: 'customers', targetCustomers: [w.customerB.id] })
  },
  docs: () => docs,
  read: row('E D M S N X', '', 'E D M S N X', '', 'E S N', ''),
  update: row('E D M S N X', '', 'E D M S N X', '', '', ''),
  delete: row('E D M S N X', '', 'E D M S N X', '', '', ''),
  create: row('new', '', 'new', '', '', ''),
  patch: { field: 'summary', value: () => `summary ${rand()}` },
  newDoc: () => ({ title: `New ${rand()}`, type: 'news', audience: 'everyone' }),
  key: 'title',
  disposable: async (w) => (await createMediaItem(w.payload, { text: story(`Gone ${rand()}`) })).id,
})

describe('media-items: a draft never reaches a customer', () => {
  it('answers 404 by id, also when the draft is asked for', async () => {
    const { who } = world
    for (const q of ['', '?draft=true']) {
      const res = await rest('GET', `media-items/${docs.D}${q}`, who.customerA.headers)
      expect(res.status, q).toBe(404)
    }
    const gql = await graphql(
      `
        query ($id: String!) {
          MediaItem(id: $id, draft: true) {
            id
            title
          }
        }
      `,
      who.customerA.headers,
      { id: docs.D },
    )
    expect(gql.json.data?.MediaItem ?? null).toBeNull()
  })

  it('refuses an audience without a target', async () => {
    const { who } = world
    const res = await rest('POST', 'media-items', who.marketing.headers, {
      title: `Untargeted ${rand()}`,
      type: 'news',
      audience: 'models',
      targetModels: [],
    })
    expect(res.status).toBe(400)
  })
})
