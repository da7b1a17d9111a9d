#!/usr/bin/env node
// `npm run bench:documents`: the documents page of a customer with a full vault.
//  1. starts the built portal with `npm start` in its own data directory and port (or measures
//     one already running, --url);
//  2. as the demo administrator (REST, demo authenticator key) gives the demo customer --documents
//     documents (one PDF version each, every fifth with a second version) and --invoices invoices,
//     in the portal's own data, through the same upload path staff use;
//  3. measures the first-load JavaScript of the documents page (compressed, cache off) without a
//     preview open, and with one open;
//  4. loads, interleaved for --rounds rounds at --connections: the documents page, the dashboard
//     and /api/health; prints req/s, p50, p99 and the ratios.
// Not a test: the numbers depend on the machine. Flags: --url, --connections 20, --duration 10,
// --rounds 2, --warmup 5, --locale en, --port 3260, --pg-port 54490,
// --data-dir .data/bench-documents, --documents 160, --invoices 40, --json.
import { PDFDocument, StandardFonts } from 'pdf-lib'

import { measureFirstLoadJs } from './first-load-js.mjs'
import { flag, interleave, say } from './interleaved.mjs'
import { adminToken, demoCustomer, launchBrowser, signIn } from './sign-in.mjs'
import { startPortal as startPortalIn } from './start-portal.mjs'

const arg = flag
const locale = arg('locale', 'en')
const customer = demoCustomer(locale)
const connections = Number(arg('connections', 20))
const duration = Number(arg('duration', 10))
const rounds = Number(arg('rounds', 2))
const warmup = Number(arg('warmup', 5))
const DOCUMENTS = Number(arg('documents', 160))
const INVOICES = Number(arg('invoices', 40))

async function pdf(title) {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawText(title, {
    x: 56,
    y: 760,
    size: 18,
    font: await doc.embedFont(StandardFonts.Helvetica),
  })
  return Buffer.from(await doc.save())
}

/** The customer's vault: documents with their versions, and invoices, created as staff would. */
async function fillVault(base) {
  const auth = { authorization: `JWT ${await adminToken(base)}` }
  const call = async (method, url, body) => {
    const json = !(body instanceof FormData)
    const r = await fetch(`${base}${url}`, {
      method,
      headers: json ? { ...auth, 'content-type': 'application/json' } : auth,
      body: json && body ? JSON.stringify(body) : body,
    })
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`)
    return r.json()
  }
  const upload = async (url, fields, title) => {
    const form = new FormData()
    form.append('file', new Blob([await pdf(title)], { type: 'application/pdf' }), `${title}.pdf`)
    form.append('_payload', JSON.stringify(fields))
    return call('POST', url, form)
  }
  const who = await call(
    'GET',
    `/api/customers?where[email][equals]=${encodeURIComponent(customer.email)}&depth=0`,
  )
  const customerId = who.docs[0].id
  const types = await call('GET', '/api/document-types?limit=100&depth=0')
  const typeId = (key) => types.docs.find((t) => t.key === key)?.id
  const kinds = ['sales-contract', 'specification-sheet'].map(typeId).filter(Boolean)
  const orders = await call('GET', `/api/orders?where[customer][equals]=${customerId}&depth=0`)
  say(`adding ${DOCUMENTS} documents and ${INVOICES} invoices to ${customer.email}…`)
  for (let i = 0; i < DOCUMENTS; i++) {
    const title = `Bench document ${i + 1}`
    const { doc } = await call('POST', '/api/documents', {
      title,
      type: kinds[i % kinds.length],
      customer: customerId,
      order: orders.docs[i % Math.max(1, orders.docs.length)]?.id ?? null,
    })
    await upload('/api/document-versions', { document: doc.id }, title)
    if (i % 5 === 0)
      await upload('/api/document-versions', { document: doc.id, note: 'Revised' }, `${title} v2`)
  }
  for (let i = 0; i < INVOICES; i++) {
    const issue = Date.now() - (i + 1) * 20 * 86_400_000
    await upload(
      '/api/invoices',
      {
        number: `BENCH-${Date.now().toString(36)}-${i}`,
        type: typeId('invoice'),
        customer: customerId,
        amountCents: 1_210_000 + i * 100,
        vatCents: 210_000,
        vatRate: 21,
        currency: 'EUR',
        issueDate: new Date(issue).toISOString(),
        dueDate: new Date(issue + 30 * 86_400_000).toISOString(),
        status: i % 3 === 0 ? 'paid' : 'open',
      },
      `Invoice ${i + 1}`,
    )
  }
}

async function main() {
  const external = arg('url', null)
  const running = external
    ? { url: external.replace(/\/$/, ''), stop: async () => {} }
    : (say('starting the portal (npm start)…'),
      await startPortalIn({
        port: Number(arg('port', 3260)),
        pgPort: arg('pg-port', '54490'),
        dataDir: arg('data-dir', '.data/bench-documents'),
      }))
  try {
    const base = running.url
    await fillVault(base)
    say('measuring first-load JavaScript…')
    const browser = await launchBrowser()
    let cookie, js, shown
    try {
      const signedIn = await signIn({ browser, base, locale, ...customer })
      cookie = signedIn.cookie
      const page = await signedIn.context.newPage()
      await page.goto(`${base}/${locale}/documents`)
      shown = await page.locator('[data-testid=document]').count()
      const preview = await page.locator('a[href*="preview="]').first().getAttribute('href')
      await page.close()
      js = {
        documents: await measureFirstLoadJs(signedIn.context, `${base}/${locale}/documents`),
        'documents with a preview': await measureFirstLoadJs(
          signedIn.context,
          new URL(preview, base).href,
        ),
        dashboard: await measureFirstLoadJs(signedIn.context, `${base}/${locale}`),
      }
    } finally {
      await browser.close()
    }
    const targets = [
      { name: 'documents', url: `${base}/${locale}/documents`, cookie },
      { name: 'dashboard', url: `${base}/${locale}`, cookie },
      { name: '/api/health', url: `${base}/api/health` },
    ]
    const rows = await interleave(targets, { connections, duration, rounds, warmup })
    const rps = (name) => rows.find((r) => r.target === name).rps
    const summary = {
      documents: DOCUMENTS,
      invoices: INVOICES,
      cardsOnPage: shown,
      connections,
      duration,
      rounds,
      rows,
      ratios: {
        documentsVsDashboard: +(rps('documents') / rps('dashboard')).toFixed(2),
        documentsVsHealthPercent: +((100 * rps('documents')) / rps('/api/health')).toFixed(2),
      },
      firstLoadJs: js,
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2))
    else print(summary)
  } finally {
    await running.stop()
  }
}

function print(s) {
  console.log(
    [
      `${s.documents} documents + ${s.invoices} invoices for one customer (${s.cardsOnPage} cards on the page); ${s.connections} connections, ${s.duration} s per target, ${s.rounds} rounds interleaved (median p50/p99 of rounds)`,
      '',
      '| target | req/s | p50 | p99 | failed |',
      '| --- | --- | --- | --- | --- |',
      ...s.rows.map((r) => `| ${r.target} | ${r.rps} | ${r.p50} ms | ${r.p99} ms | ${r.failed} |`),
      '',
      `documents ÷ dashboard: ${s.ratios.documentsVsDashboard}×; documents ÷ /api/health: ${s.ratios.documentsVsHealthPercent} %`,
      '',
      '| page | first-load JS (compressed) | uncompressed | scripts | goal |',
      '| --- | --- | --- | --- | --- |',
      ...Object.entries(s.firstLoadJs).map(
        ([k, j]) => `| ${k} | ${j.compressedKiB} kB | ${j.decodedKiB} kB | ${j.files} | ≤ 120 kB |`,
      ),
    ].join('\n'),
  )
}

await main()
