#!/usr/bin/env node
// The production server `npm start` runs: the Next build through Next's custom-server API
// (node_modules/next/dist/docs/01-app/02-guides/custom-server.md), on Node's `http` server, or on
// `https` (TLS 1.2+) when TLS_CERT_FILE and TLS_KEY_FILE are set. Every request gets a request id
// and one structured access-log line with its status, duration and user (scripts/lib/access-log.mjs).
// It runs as a cluster of one worker per core (WEB_CONCURRENCY; scripts/lib/cluster.mjs).
import cluster from 'node:cluster'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { createAccessLog } from './access-log.mjs'
import { runPrimary, workerCount } from './cluster.mjs'
import { closeGracefully, createTlsServer, tlsFilesFromEnv } from './https-server.mjs'
import { refuseStaticWrites } from './static-methods.mjs'
import { precompressStatic, withBrotliStatic } from './static-brotli.mjs'

async function main() {
  const env = process.env
  /** @type {import('node:http').RequestListener} */
  let handle = (_req, res) => {
    res.statusCode = 503
    res.end()
  }
  const withAccessLog = createAccessLog({
    level: env.LOG_LEVEL === 'silent' ? 'silent' : env.LOG_LEVEL || 'info',
    // Validated with the other settings in src/lib/env.ts when the app loads.
    trustedProxyHops: Number(env.TRUSTED_PROXY_HOPS || 0),
  })
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const staticReadOnly = refuseStaticWrites({ publicDir: path.join(dir, 'public') })
  const brotliStatic = withBrotliStatic({ distDir: distDirOf(dir) })
  const listener = withAccessLog(staticReadOnly(brotliStatic((req, res) => handle(req, res))))
  let server
  let files
  try {
    files = tlsFilesFromEnv(env)
    // Read before loading Next, so a bad file fails in a second with its name.
    server = files ? createTlsServer({ ...files, handler: listener }) : http.createServer(listener)
  } catch (err) {
    process.stderr.write(`HTTPS server: ${err.message}\n`)
    process.exit(1)
  }
  const port = Number(env.PORT || 3000)
  // `next start` does the same: a custom server must say it serves a production build.
  process.env.NODE_ENV = 'production'
  const { default: next } = await import('next')
  const app = next({ dev: false, dir, hostname: 'localhost', port, httpServer: server })
  await app.prepare()
  handle = app.getRequestHandler()

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await closeGracefully(server)
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  server.on('error', (err) => {
    process.stderr.write(`${files ? 'HTTPS' : 'HTTP'} server: ${err.message}\n`)
    process.exit(1)
  })
  // Every interface, like `next start`.
  server.listen(port, () => {
    // Workers share one socket: the first says where it is.
    if (cluster.isWorker && cluster.worker?.id !== 1) return
    process.stdout.write(
      files
        ? `HTTPS server (TLS 1.2+) listening on https://localhost:${port}\n`
        : `HTTP server listening on http://localhost:${port}\n`,
    )
  })
}

const distDirOf = (dir) => path.resolve(dir, process.env.NEXT_DIST_DIR || '.next')

/** Brotli files for a build made without `npm run build` (once, in one process, in the background). */
function precompressInBackground() {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  precompressStatic(distDirOf(dir)).catch((err) =>
    process.stderr.write(`brotli precompression: ${err.message}\n`),
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let workers
  try {
    workers = cluster.isPrimary ? workerCount(process.env) : 1
  } catch (err) {
    process.stderr.write(`${err.message}\n`)
    process.exit(1)
  }
  if (cluster.isPrimary && workers > 1) {
    // The same check each worker makes, once here: a bad certificate or key is a setting to fix,
    // not a crash for the primary to answer by starting workers that die the same way.
    try {
      const files = tlsFilesFromEnv(process.env)
      if (files) createTlsServer({ ...files, handler: () => {} })
    } catch (err) {
      process.stderr.write(`HTTPS server: ${err.message}\n`)
      process.exit(1)
    }
    precompressInBackground()
    runPrimary({
      workers,
      env: process.env,
      log: (m) => process.stdout.write(`server: ${m}\n`),
    })
  } else {
    if (cluster.isPrimary) precompressInBackground()
    await main()
  }
}
