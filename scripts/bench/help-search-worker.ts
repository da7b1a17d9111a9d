// The measuring half of scripts/bench/help-search.mjs (run through tsx, so it uses the app's own
// search queries and migrations, not copies): migrates an empty database, writes N published
// articles in three languages, then times the help search's SQL per query.
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'

import { prefixTsQuery, queryWords } from '../../src/features/help/search/ts-query'
import { fullTextRows, similarRows } from '../../src/features/help/search/search-queries'
import { migrations } from '../../src/migrations'
import { DEMO_HELP_BUILD } from '../../src/seed/demo-help-articles-build'
import { DEMO_HELP_OWNING } from '../../src/seed/demo-help-articles-owning'
import { lexicalFromParagraphs } from '../../src/seed/help-factories'

type TLocale = 'nl' | 'en' | 'de'
const ARTICLES = Number(process.env.BENCH_ARTICLES || 2000)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 20)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8)

const QUERIES: Record<TLocale, string[]> = {
  en: [
    'paint',
    'handover day',
    'payment schedule',
    'carbon',
    'insurance',
    'regist',
    'winter storage',
  ],
  nl: ['lak', 'aflevering', 'betaling', 'kenteken', 'verzekeren', 'inrijden'],
  de: ['Lackierung', 'Übergabe', 'Zahlung', 'Zulassung', 'Versicherung', 'einfahren'],
}
/** Typos: full-text search finds nothing, so these take the pg_trgm path as well. */
const TYPOS: Record<TLocale, string[]> = {
  en: ['handovr', 'insurence'],
  nl: ['betalng', 'afleverng'],
  de: ['Lakierung', 'Versicherumg'],
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: CONCURRENCY + 2 })
const db = drizzle(pool)

async function migrate() {
  for (const m of migrations) await m.up({ db, payload: null, req: null } as never)
}

async function fill() {
  const demo = [...DEMO_HELP_BUILD, ...DEMO_HELP_OWNING]
  const client = await pool.connect()
  try {
    await client.query('begin')
    for (let i = 0; i < ARTICLES; i++) {
      const a = demo[i % demo.length]
      const { rows } = await client.query(
        `insert into help_articles (slug, "order", any_model, any_stage, _status)
         values ($1, $2, true, true, 'published') returning id`,
        [`bench-${i}-${a.slug}`, i],
      )
      for (const locale of ['nl', 'en', 'de'] as const) {
        const t = a.text[locale]
        // Variants of the demo texts: the same vocabulary, spread over many documents.
        const body = [...t.body.slice(i % t.body.length), ...t.body.slice(0, i % t.body.length)]
        await client.query(
          `insert into help_articles_locales (title, summary, body, _locale, _parent_id)
           values ($1, $2, $3, $4, $5)`,
          [`${t.title} (${i})`, t.summary, lexicalFromParagraphs(body), locale, rows[0].id],
        )
      }
    }
    await client.query('commit')
    await client.query('analyze help_articles_locales')
  } finally {
    client.release()
  }
}

async function searchOnce(locale: TLocale, query: string) {
  const tsQuery = prefixTsQuery(query)!
  const rows = await fullTextRows(db, { locale, tsQuery, limit: 30 })
  if (rows.length) return 'fulltext'
  await similarRows(db, { locale, text: queryWords(query).join(' '), limit: 30 })
  return 'similar'
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function measure(label: string, jobs: Array<[TLocale, string]>, concurrency: number) {
  const times: Record<string, number[]> = { fulltext: [], similar: [] }
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const [locale, q] = jobs[next++]
      const t0 = performance.now()
      const mode = await searchOnce(locale, q)
      times[mode].push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  for (const [mode, list] of Object.entries(times)) {
    if (!list.length) continue
    const s = [...list].sort((x, y) => x - y)
    const f = (n: number) => `${n.toFixed(1)} ms`
    console.log(
      `${label.padEnd(22)} ${mode.padEnd(9)} n=${String(s.length).padEnd(5)} p50 ${f(pct(s, 50))}  p95 ${f(pct(s, 95))}  p99 ${f(pct(s, 99))}  max ${f(s[s.length - 1])}`,
    )
  }
}

async function main() {
  const t0 = performance.now()
  await migrate()
  await fill()
  const rows = (await pool.query('select count(*)::int n from help_articles_locales')).rows[0].n
  console.log(
    `${ARTICLES} articles, ${rows} translations written and indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
  const jobs: Array<[TLocale, string]> = []
  for (let r = 0; r < ROUNDS; r++)
    for (const locale of ['nl', 'en', 'de'] as const)
      for (const q of [...QUERIES[locale], ...TYPOS[locale]]) jobs.push([locale, q])
  await measure('warm-up', jobs.slice(0, 60), 1)
  await measure('one at a time', jobs, 1)
  await measure(`${CONCURRENCY} in parallel`, jobs, CONCURRENCY)
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query(`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`)
    const plans = {
      "full text 'proefpaneel' (nl)": `select id from help_articles_locales
        where _locale = 'nl' and search_vector @@ to_tsquery('dutch', 'proefpaneel:*')`,
      "trigram 'betalng' (title, summary)": `select id from help_articles_locales where 'betalng' <% title
        union select id from help_articles_locales where 'betalng' <% summary`,
    }
    for (const [label, q] of Object.entries(plans)) {
      const { rows } = await client.query(`explain (analyze, costs off) ${q}`)
      const lines = rows.map((r) => String(r['QUERY PLAN']).trim())
      const index = lines.filter((l) => /Index Scan/.test(l)).join(' | ') || 'no index used'
      const time = lines.find((l) => l.startsWith('Execution Time')) ?? ''
      console.log(`plan for ${label}: ${index}; ${time}`)
    }
    await client.query('rollback')
  } finally {
    client.release()
  }
  await pool.end()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
