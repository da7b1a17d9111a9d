import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import type { TLocale } from '@/lib/i18n/locales'

import { START_SEL, STOP_SEL } from './highlight'

/**
 * The help search's two SQL queries, on any drizzle handle (the app's, or the benchmark's own
 * in scripts/bench/help-search.mjs). Both read published translations only; who may read which
 * article is decided afterwards by the articles' access rules (search-help.ts).
 */
export type TSearchDb = Pick<PostgresAdapter['drizzle'], 'execute' | 'transaction'>
export type TSearchRow = { id: string; title: string | null; snippet: string | null }

/** pg_trgm word similarity a title or summary needs to count as a near miss. */
export const SIMILARITY = 0.4

const SELECTORS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}`
const TITLE_OPTIONS = `${SELECTORS}, HighlightAll=true`
const SNIPPET_OPTIONS = `${SELECTORS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`

export async function fullTextRows(
  db: TSearchDb,
  { locale, tsQuery, limit }: { locale: TLocale; tsQuery: string; limit: number },
): Promise<TSearchRow[]> {
  const { rows } = await db.execute(sql`
    WITH q AS (SELECT help_search_config(${locale}) AS cfg, to_tsquery(help_search_config(${locale}), ${tsQuery}) AS query),
    ranked AS (
      SELECT l.id AS row_id, a.id, a."order",
             ts_filter(l.search_vector, '{a}') @@ q.query AS title_hit,
             ts_rank(l.search_vector, q.query) AS rank
      FROM help_articles_locales l
      JOIN help_articles a ON a.id = l._parent_id
      CROSS JOIN q
      WHERE l._locale = ${locale} AND a._status = 'published' AND l.search_vector @@ q.query
      ORDER BY title_hit DESC, rank DESC, a."order" ASC, a.id
      LIMIT ${limit}
    )
    SELECT r.id,
           ts_headline(q.cfg, translate(coalesce(l.title, ''), chr(1) || chr(2), ''), q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, translate(coalesce(l.summary, ''), chr(1) || chr(2), '') || ' ' || coalesce(l.search_text, ''), q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM ranked r
    JOIN help_articles_locales l ON l.id = r.row_id
    CROSS JOIN q
    ORDER BY r.title_hit DESC, r.rank DESC, r."order" ASC, r.id`)
  return rows as TSearchRow[]
}

export async function similarRows(
  db: TSearchDb,
  { locale, text, limit }: { locale: TLocale; text: string; limit: number },
): Promise<TSearchRow[]> {
  // The threshold is set for this transaction only, so the `<%` operator (which the trigram
  // indexes serve) means "similar enough" here and nowhere else.
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY)}, true)`,
    )
    const { rows } = await tx.execute(sql`
      -- Two index scans joined by UNION: with OR the planner reads every row instead.
      WITH near AS (
        SELECT id FROM help_articles_locales WHERE ${text} <% title
        UNION
        SELECT id FROM help_articles_locales WHERE ${text} <% summary
      )
      SELECT a.id, l.title, l.summary AS snippet,
             greatest(word_similarity(${text}, coalesce(l.title, '')), word_similarity(${text}, coalesce(l.summary, ''))) AS sim
      FROM near
      JOIN help_articles_locales l ON l.id = near.id
      JOIN help_articles a ON a.id = l._parent_id
      WHERE l._locale = ${locale} AND a._status = 'published'
      ORDER BY sim DESC, a."order" ASC, a.id
      LIMIT ${limit}`)
    return rows as TSearchRow[]
  })
}
