#!/usr/bin/env node
// `npm test`: every suite on a fresh machine — unit (Vitest), integration on a real PostgreSQL
// (Vitest), browser journeys in Chromium (Playwright) — then one line `N passed, N failed`.
// `--with-checks` (used by .ci/run) first runs lint and typecheck and counts them as checks.
// `--only unit,int,e2e` runs a subset; anything after `--` goes to Vitest / Playwright as file
// filters, e.g. `node scripts/test.mjs --only int -- tests/int/sign-in.int.test.ts`.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadDevSecrets } from '../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from './lib/embedded-db.mjs'
import { ensureChromium } from './lib/chromium.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const rawArgv = process.argv.slice(2)
const dashDash = rawArgv.indexOf('--')
const argv = dashDash === -1 ? rawArgv : rawArgv.slice(0, dashDash)
const filters = dashDash === -1 ? [] : rawArgv.slice(dashDash + 1)
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : 'unit,int,e2e'
const only = new Set(onlyArg.split(','))
const withChecks = argv.includes('--with-checks')

const dataDir = path.resolve(process.env.DATA_DIR || '.data')
const results = path.join(dataDir, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })
const say = (m) => process.stdout.write(`\n\x1b[33m▸\x1b[0m ${m}\n`)
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const tally = { passed: 0, failed: 0, skipped: 0 }
const failures = []

/**
 * Runs a suite and waits without blocking this process: the embedded PostgreSQL's log arrives
 * on a pipe this process drains, and a pipe nobody reads fills up and stalls every backend that
 * logs an error (seen as tests timing out at 60 s while their queries wait to write to stderr).
 */
function run(label, cmd, args, env = {}) {
  say(label)
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    })
    child.on('error', () => resolve(false))
    child.on('close', (code) => resolve(code === 0))
  })
}

async function check(label, cmd, args) {
  const ok = await run(label, cmd, args)
  if (ok) tally.passed++
  else {
    tally.failed++
    failures.push(label)
  }
}

function countVitest(file, label, exitOk) {
  if (!existsSync(file)) {
    tally.failed++
    failures.push(`${label} (no report)`)
    return
  }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  tally.passed += r.numPassedTests
  tally.failed += r.numFailedTests
  tally.skipped += r.numPendingTests + r.numTodoTests
  if (r.numFailedTests || !exitOk) failures.push(label)
  if (!exitOk && !r.numFailedTests) tally.failed++ // a suite that crashed outside a test
  if (r.numTotalTests === 0) {
    tally.failed++
    failures.push(`${label} ran no test`)
  }
}

function countPlaywright(file, exitOk) {
  if (!existsSync(file)) {
    tally.failed++
    failures.push('e2e (no report)')
    return
  }
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  tally.passed += stats.expected + stats.flaky
  tally.failed += stats.unexpected
  tally.skipped += stats.skipped
  if (stats.unexpected || !exitOk) failures.push('e2e')
  if (!exitOk && !stats.unexpected) tally.failed++
  if (stats.expected + stats.unexpected + stats.flaky === 0) {
    tally.failed++
    failures.push('e2e ran no test')
  }
}

if (withChecks) {
  await check('lint', bin('eslint'), ['.', '--max-warnings', '0'])
  await check('format', bin('prettier'), ['--check', '.'])
  await check('typecheck', bin('tsc'), ['--noEmit'])
}

if (only.has('unit')) {
  const file = path.join(results, 'unit.json')
  const ok = await run('unit tests', bin('vitest'), [
    'run',
    '--project',
    'unit',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
    ...filters,
  ])
  countVitest(file, 'unit', ok)
}

let db = { stop: async () => {} }
if (only.has('int') || only.has('e2e')) {
  const secrets = loadDevSecrets(dataDir)
  const port = Number(process.env.TEST_PG_PORT || 54339)
  say(`starting test PostgreSQL on port ${port}`)
  db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'test-pg'),
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    // Only the databases this run uses are recreated.
    databases: [only.has('int') && 'portal_int', only.has('e2e') && 'portal_e2e'].filter(Boolean),
    recreate: true,
    log: (m) => m && process.stdout.write(`postgres: ${m}\n`),
  })
  const url = (database) =>
    connectionString({ port, password: secrets.EMBEDDED_PG_PASSWORD, database })
  const shared = {
    PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
    PAYLOAD_DB_PUSH: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  }

  try {
    if (only.has('int')) {
      const file = path.join(results, 'int.json')
      const ok = await run(
        'integration tests (PostgreSQL)',
        bin('vitest'),
        [
          'run',
          '--project',
          'int',
          '--reporter=default',
          '--reporter=json',
          `--outputFile=${file}`,
          ...filters,
        ],
        {
          ...shared,
          NODE_ENV: 'test',
          DATABASE_URL: url('portal_int'),
          SEED_DEMO: 'false',
          JOBS_AUTORUN: 'false',
          OUTBOX_DIR: path.join(dataDir, 'test-outbox'),
        },
      )
      countVitest(file, 'int', ok)
    }
    if (only.has('e2e')) {
      const chromium = ensureChromium()
      const built = await run(
        'building the portal for the browser tests',
        process.execPath,
        [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
        { NODE_ENV: 'production' },
      )
      // The brotli files the production server sends (scripts/lib/static-brotli.mjs), written
      // before the server starts so the first-load budget measures what customers receive.
      const compressed =
        built &&
        (await run('brotli for the static files', process.execPath, [
          path.join(root, 'scripts/lib/static-brotli.mjs'),
        ]))
      if (!compressed) {
        tally.failed++
        failures.push('build')
      } else {
        const file = path.join(results, 'e2e.json')
        const ok = await run(
          'browser tests (Playwright, Chromium)',
          bin('playwright'),
          ['test', ...filters],
          {
            ...shared,
            DATABASE_URL: url('portal_e2e'),
            CHROMIUM_PATH: chromium,
            PLAYWRIGHT_JSON_OUTPUT_NAME: file,
            E2E_DATA_DIR: dataDir,
          },
        )
        countPlaywright(file, ok)
      }
    }
  } finally {
    await db.stop()
  }
}

if (failures.length) say(`failed: ${failures.join(', ')}`)
process.stdout.write(
  `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}\n`,
)
process.exit(tally.failed > 0 ? 1 : 0)
