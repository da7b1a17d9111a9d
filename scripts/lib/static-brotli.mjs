#!/usr/bin/env node
// Brotli for the build's static files (/_next/static: the JavaScript and CSS every page loads).
// Next compresses responses with gzip only; brotli at its highest quality is ~15 % smaller on
// our chunks, too slow to run per request but fine once per build. `precompressStatic` writes a
// `.br` beside each file (run after `next build`: `npm run build`, scripts/start.mjs and
// scripts/test.mjs do), and `withBrotliStatic` answers a browser that accepts br with that file
// instead of Next's gzip. Next still serves the request — status, caching, ETag, 304, Range and
// every header from next.config stay its own; only the body and its encoding change.
// `node scripts/lib/static-brotli.mjs` precompresses the build in NEXT_DIST_DIR (or .next).
import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const brotli = promisify(zlib.brotliCompress)
const PREFIX = '/_next/static/'
const COMPRESSIBLE = /\.(?:js|css|svg|json|txt)$/
// Below this a compressed answer saves nothing worth a file. Small chunks still count: every page
// loads a few of 400–1,000 bytes (error boundaries, their texts), which brotli halves.
const MIN_BYTES = 256

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(file)
    else if (COMPRESSIBLE.test(entry.name)) yield file
  }
}

/**
 * Writes `<file>.br` (quality 11) for every compressible static file of the build that has none
 * yet. Written under a temporary name and renamed, so a server never reads half a file.
 * @param {string} distDir
 * @returns {Promise<{ files: number, bytes: number, brotliBytes: number }>}
 */
export async function precompressStatic(distDir) {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 }
  const jobs = []
  for await (const file of filesUnder(path.join(distDir, 'static'))) {
    jobs.push(async () => {
      if (await stat(`${file}.br`).catch(() => null)) return
      const body = await readFile(file)
      if (body.length < MIN_BYTES) return
      const br = await brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
      if (br.length >= body.length) return
      const tmp = `${file}.br.${process.pid}.tmp`
      await writeFile(tmp, br)
      await rename(tmp, `${file}.br`)
      totals.files++
      totals.bytes += body.length
      totals.brotliBytes += br.length
    })
  }
  // zlib runs on libuv's thread pool (4 threads): a few at a time keeps every core busy.
  const running = new Set()
  for (const job of jobs) {
    const p = job().finally(() => running.delete(p))
    running.add(p)
    if (running.size >= 4) await Promise.race(running)
  }
  await Promise.all(running)
  return totals
}

/** Whether an Accept-Encoding header admits br (`br;q=0` refuses it). */
export function acceptsBrotli(header) {
  if (typeof header !== 'string') return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'br') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * The file a static URL names inside `<distDir>/static`, or null for anything else (other
 * paths, `..`, encoded separators).
 */
export function staticFileOf(url, distDir) {
  if (typeof url !== 'string' || !url.startsWith(PREFIX)) return null
  const rel = url.slice(PREFIX.length).split(/[?#]/)[0]
  if (!/^[\w.~-]+(?:\/[\w.~-]+)*$/.test(rel) || rel.split('/').includes('..')) return null
  if (!COMPRESSIBLE.test(rel)) return null
  return path.join(distDir, 'static', rel)
}

/**
 * @param {{ distDir: string, missingTtlMs?: number }} options `missingTtlMs`: how long "no .br
 *   for this file" is believed (a background run may write it meanwhile)
 * @returns {(handler: import('node:http').RequestListener) => import('node:http').RequestListener}
 */
export function withBrotliStatic({ distDir, missingTtlMs = 10_000 }) {
  /** @type {Map<string, Buffer | number>} a file's brotli body, or when it was found missing */
  const cache = new Map()
  async function brotliOf(file) {
    const hit = cache.get(file)
    if (Buffer.isBuffer(hit)) return hit
    if (typeof hit === 'number' && Date.now() - hit < missingTtlMs) return null
    const br = await readFile(`${file}.br`).catch(() => null)
    cache.set(file, br ?? Date.now())
    return br
  }

  return (handler) => (req, res) => {
    const file =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !req.headers.range &&
      acceptsBrotli(req.headers['accept-encoding'])
        ? staticFileOf(req.url, distDir)
        : null
    if (!file) return handler(req, res)
    brotliOf(file).then(
      (br) => {
        if (!br) return handler(req, res)
        // Next answers uncompressed; a 200 gets the brotli body instead, anything else
        // (304, 404) passes as Next wrote it.
        delete req.headers['accept-encoding']
        swapBody(res, br, req.method === 'HEAD')
        handler(req, res)
      },
      () => handler(req, res),
    )
  }
}

/** Replaces a 200 response's body by `br` (Content-Encoding, Content-Length, Vary set). */
function swapBody(res, br, head) {
  const { writeHead, write, end } = res
  let swap = null
  const decide = () => {
    if (swap !== null) return swap
    swap = res.statusCode === 200
    if (swap) {
      res.setHeader('content-encoding', 'br')
      res.setHeader('content-length', br.length)
      const vary = res.getHeader('vary')
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    return swap
  }
  res.writeHead = function (status, ...rest) {
    res.statusCode = status
    if (decide())
      for (const arg of rest)
        if (arg && typeof arg === 'object' && !Array.isArray(arg))
          for (const key of Object.keys(arg))
            if (/^content-(length|encoding)$/i.test(key)) delete arg[key]
    return writeHead.call(this, status, ...rest)
  }
  res.write = function (chunk, ...rest) {
    if (!decide()) return write.call(this, chunk, ...rest)
    // The uncompressed body is dropped; its callback still runs.
    const cb = rest.find((a) => typeof a === 'function')
    if (cb) process.nextTick(cb)
    return true
  }
  res.end = function (...args) {
    if (!decide()) return end.call(this, ...args)
    const cb = args.find((a) => typeof a === 'function')
    return head ? end.call(this, cb) : end.call(this, br, cb)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || '.next')
  const started = Date.now()
  const t = await precompressStatic(distDir)
  process.stdout.write(
    `brotli: ${t.files} static files, ${(t.bytes / 1024).toFixed(0)} KiB → ${(t.brotliBytes / 1024).toFixed(0)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  )
}
