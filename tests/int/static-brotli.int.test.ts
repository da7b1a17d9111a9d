import { createReadStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  acceptsBrotli,
  precompressStatic,
  staticFileOf,
  withBrotliStatic,
} from '../../scripts/lib/static-brotli.mjs'

// The production server's brotli for static files (scripts/lib/static-brotli.mjs) around a small
// handler standing in for Next's static serving: headers set first, the file streamed, 304 on a
// matching ETag, 206 for a range, gzip when the request still asks for it.
let dir: string
let server: http.Server
let base: string
const chunk = Buffer.from(`${'export const x = "donkervoort";\n'.repeat(400)}`)
const seen: { acceptEncoding?: string }[] = []

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'static-brotli-'))
  await mkdir(path.join(dir, 'static/chunks'), { recursive: true })
  await writeFile(path.join(dir, 'static/chunks/app.js'), chunk)
  await writeFile(path.join(dir, 'static/chunks/tiny.js'), 'x')
  // Believes a missing .br for no time, so the file written mid-test is found at once.
  const brotliStatic = withBrotliStatic({ distDir: dir, missingTtlMs: 0 })
  server = http.createServer(
    brotliStatic((req, res) => {
      seen.push({ acceptEncoding: req.headers['accept-encoding'] })
      const file = staticFileOf(req.url, dir)
      if (!file || !existsSync(file)) return void res.writeHead(404).end('not found')
      res.setHeader('x-content-type-options', 'nosniff')
      res.setHeader('cache-control', 'public, max-age=31536000, immutable')
      res.setHeader('etag', 'W/"v1"')
      res.setHeader('content-type', 'application/javascript')
      if (req.headers['if-none-match'] === 'W/"v1"') return void res.writeHead(304).end()
      if (req.headers.range) {
        res.writeHead(206, { 'content-range': `bytes 0-9/${chunk.length}`, 'content-length': 10 })
        return void res.end(chunk.subarray(0, 10))
      }
      if (String(req.headers['accept-encoding']).includes('gzip')) {
        res.setHeader('content-encoding', 'gzip')
        return void res.end(zlib.gzipSync(chunk))
      }
      res.setHeader('content-length', chunk.length)
      if (req.method === 'HEAD') return void res.end()
      createReadStream(file).pipe(res)
    }),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
  await rm(dir, { recursive: true, force: true })
})

function get(url: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(`${base}${url}`, { method, headers }, (res) => {
        const parts: Buffer[] = []
        res.on('data', (d: Buffer) => parts.push(d))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}

describe('static brotli', () => {
  it('reads Accept-Encoding and static paths strictly', () => {
    expect(acceptsBrotli('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsBrotli('br;q=0.5')).toBe(true)
    expect(acceptsBrotli('gzip, br;q=0')).toBe(false)
    expect(acceptsBrotli('gzip, brotli')).toBe(false)
    expect(acceptsBrotli(undefined)).toBe(false)
    expect(staticFileOf('/_next/static/chunks/a.js?dpl=1', '/d')).toBe('/d/static/chunks/a.js')
    expect(staticFileOf('/_next/static/../../etc/passwd.js', '/d')).toBeNull()
    expect(staticFileOf('/_next/static/chunks/%2e%2e/x.js', '/d')).toBeNull()
    expect(staticFileOf('/_next/static/media/photo.webp', '/d')).toBeNull()
    expect(staticFileOf('/en/login', '/d')).toBeNull()
  })

  it('before precompression, answers exactly as the handler does (gzip)', async () => {
    const res = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, br' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(res.body).equals(chunk)).toBe(true)
  })

  it('writes .br files for files worth it, once', async () => {
    const first = await precompressStatic(dir)
    expect(first.files).toBe(1)
    expect(first.brotliBytes).toBeLessThan(first.bytes)
    const br = await readFile(path.join(dir, 'static/chunks/app.js.br'))
    expect(zlib.brotliDecompressSync(br).equals(chunk)).toBe(true)
    expect(await stat(path.join(dir, 'static/chunks/tiny.js.br')).catch(() => null)).toBeNull()
    expect((await precompressStatic(dir)).files).toBe(0)
  })

  it('serves the brotli body with the handler’s own headers', async () => {
    seen.length = 0
    const res = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.body.length).toBeLessThan(chunk.length / 10)
    expect(zlib.brotliDecompressSync(res.body).equals(chunk)).toBe(true)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers.etag).toBe('W/"v1"')
    // The handler was asked for the plain file, so nothing was compressed twice.
    expect(seen).toEqual([{ acceptEncoding: undefined }])
  })

  it('HEAD gets the headers without a body', async () => {
    const res = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'HEAD')
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.body.length).toBe(0)
  })

  it('leaves 304, ranges, 404 and clients without br to the handler', async () => {
    const notModified = await get('/_next/static/chunks/app.js', {
      'accept-encoding': 'br',
      'if-none-match': 'W/"v1"',
    })
    expect(notModified.status).toBe(304)
    expect(notModified.headers['content-encoding']).toBeUndefined()

    const range = await get('/_next/static/chunks/app.js', {
      'accept-encoding': 'br',
      range: 'bytes=0-9',
    })
    expect(range.status).toBe(206)
    expect(range.body.equals(chunk.subarray(0, 10))).toBe(true)

    const missing = await get('/_next/static/chunks/none.js', { 'accept-encoding': 'br' })
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe('not found')

    const plain = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(chunk)).toBe(true)
  })
})
