import { Readable } from 'node:stream'
import { createServer, type Socket } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { clamdScan, ScannerUnavailableError } from '@/lib/storage/clamd'
import { env } from '@/lib/env'

import { clamdMissing, EICAR, EICAR_SIGNATURE, freePort, startClamd } from './support/clamd'
import { staffHeaders } from './support/identity'
import { jpegWithGps, leftBehind, multipart, newTag, uploadMedia } from './support/media'
import { buildWorld, type TWorld } from './support/world'

// Set before env.ts is read: scanning on, against the clamd this file starts, and a store of its own.
const setup = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { createServer } = await import('node:net')
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  await new Promise((r) => server.close(r))
  process.env.CLAMD_HOST = '127.0.0.1'
  process.env.CLAMD_PORT = String(port)
  process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), 'files-scan-store-'))
  return { port, storeDir: process.env.STORAGE_DIR }
})

const missing = clamdMissing(Boolean(process.env.CI))

/**
 * Virus scanning with Debian's clamd on 127.0.0.1 and a signature database this file builds
 * (EICAR), over the INSTREAM protocol: infected files are refused before they are stored, and
 * while the scanner is away every upload is refused, never stored unscanned.
 */
// Skipped only outside CI without clamd; the title then says why.
describe.skipIf(Boolean(missing))(missing ?? 'virus scanning (clamd)', () => {
  let clamd: Awaited<ReturnType<typeof startClamd>>
  let w: TWorld
  let payload: Payload
  let admin: Headers
  const scan = (source: Readable, port = setup.port) =>
    clamdScan({ host: '127.0.0.1', port, timeoutMs: 10_000, source })

  beforeAll(async () => {
    expect(env.CLAMD_PORT).toBe(setup.port)
    clamd = await startClamd(setup.port)
    w = await buildWorld()
    payload = w.payload
    admin = await staffHeaders(payload, w.admin)
  })
  afterAll(async () => {
    await clamd?.stop()
    const { rmSync } = await import('node:fs')
    rmSync(setup.storeDir, { recursive: true, force: true })
  })

  it('INSTREAM: clean bytes are clean, EICAR is found, also deep inside a large stream', async () => {
    expect(await scan(Readable.from([Buffer.from('just a photo')]))).toEqual({ clean: true })
    expect(await scan(Readable.from([EICAR]))).toEqual({ clean: false, signature: EICAR_SIGNATURE })
    // Pieces of odd sizes, the signature split across two of them, 3 MB in.
    const big = Buffer.concat([
      Buffer.alloc(3 * 1024 * 1024 + 11, 0x41),
      EICAR,
      Buffer.alloc(999, 0x42),
    ])
    const pieces = [big.subarray(0, 3 * 1024 * 1024 + 40), big.subarray(3 * 1024 * 1024 + 40)]
    expect(await scan(Readable.from(pieces))).toEqual({ clean: false, signature: EICAR_SIGNATURE })
  })

  it('an infected upload is refused (422 problem+json) and nothing is stored', async () => {
    const tag = newTag()
    const before = await leftBehind(payload, tag)
    const infected = Buffer.concat([await jpegWithGps(), EICAR])
    const r = await uploadMedia(
      multipart({ data: infected, name: `${tag}.jpg`, type: 'image/jpeg' }, { order: w.orderA.id }),
      admin,
    )
    expect(r.status).toBe(422)
    expect(r.type).toBe('application/problem+json')
    expect(r.json.detail).toMatch(/virus scanner found malware/)
    expect(await leftBehind(payload, tag)).toEqual(before)
  })

  it('a clean upload is scanned and stored', async () => {
    const tag = newTag()
    const r = await uploadMedia(
      multipart(
        { data: await jpegWithGps(), name: `${tag}.jpg`, type: 'image/jpeg' },
        { order: w.orderA.id },
      ),
      admin,
    )
    expect(r.status).toBe(201)
    expect((await leftBehind(payload, tag)).media).toBe(1)
  })

  it('a scanner that answers nonsense or not at all is never taken for "clean"', async () => {
    const sockets = new Set<Socket>()
    const odd = createServer((s) => (sockets.add(s), s.end('I am not clamd\0')))
    await new Promise<void>((r) => odd.listen(0, '127.0.0.1', r))
    const oddPort = (odd.address() as { port: number }).port
    await expect(scan(Readable.from([Buffer.from('x')]), oddPort)).rejects.toBeInstanceOf(
      ScannerUnavailableError,
    )
    sockets.forEach((s) => s.destroy())
    await new Promise((r) => odd.close(r))
    await expect(scan(Readable.from([Buffer.from('x')]), await freePort())).rejects.toBeInstanceOf(
      ScannerUnavailableError,
    )
  })

  it('scanner down: uploads are refused (503) with a clear message, nothing stored unscanned', async () => {
    await clamd.stop()
    const tag = newTag()
    const before = await leftBehind(payload, tag)
    const r = await uploadMedia(
      multipart(
        { data: await jpegWithGps(), name: `${tag}.jpg`, type: 'image/jpeg' },
        { order: w.orderA.id },
      ),
      admin,
    )
    expect(r.status).toBe(503)
    expect(r.json.detail).toMatch(/virus scanner cannot be reached/)
    expect(await leftBehind(payload, tag)).toEqual(before)
  })
})
