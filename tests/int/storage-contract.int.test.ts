import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BlobNotFoundError, type TBlobStore } from '@/lib/storage/blob-store'
import { localBlobStore } from '@/lib/storage/local-store'
import { s3BlobStore } from '@/lib/storage/s3-store'

import { startS3Server } from './support/s3-server'

/**
 * One contract for every storage backend: the local directory and S3 (against a real s3rver).
 * Features rely on exactly these behaviours, whichever backend a deployment picks.
 */
const MIB = 1024 * 1024

async function* pieces(buf: Buffer, size = 256 * 1024) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size)
}

/** A source that delivers `before` bytes and then fails, like an upload cut off half way. */
async function* failing(before: number) {
  yield* pieces(randomBytes(before))
  throw new Error('client went away')
}

async function read(stream: Readable) {
  const parts: Buffer[] = []
  for await (const b of stream) parts.push(b as Buffer)
  return Buffer.concat(parts)
}

type TBackend = { name: string; store: () => TBlobStore; leftovers: () => string[] }

const local = mkdtempSync(path.join(tmpdir(), 'storage-contract-'))
let s3: Awaited<ReturnType<typeof startS3Server>>
let s3Store: TBlobStore

beforeAll(async () => {
  s3 = await startS3Server()
  // Small parts, so a few MiB already exercise multipart upload (S3's minimum is 5 MiB).
  s3Store = s3BlobStore({ ...s3.settings, partSize: 5 * MIB })
})
afterAll(async () => {
  await s3?.stop()
  rmSync(local, { recursive: true, force: true })
})

const backends: TBackend[] = [
  {
    name: 'local',
    store: () => localBlobStore(local),
    // Temp files of interrupted writes would sit here.
    leftovers: () => readdirSync(path.join(local, '.tmp')),
  },
  { name: 's3', store: () => s3Store, leftovers: () => [] },
]

describe.each(backends)('blob store contract: $name', ({ store, leftovers }) => {
  const key = () => `${randomBytes(1).toString('hex')}/${randomBytes(8).toString('hex')}`

  it('stores a stream and gives back exactly its bytes, whole and by range', async () => {
    const data = randomBytes(300_001)
    const k = key()
    expect(await store().put(k, pieces(data, 4096))).toEqual({ size: data.length })
    expect(await store().stat(k)).toEqual({ size: data.length })
    expect((await read(await store().open(k))).equals(data)).toBe(true)
    for (const [start, end] of [
      [0, 0],
      [1, 65_536],
      [299_999, 300_000],
    ])
      expect(
        (await read(await store().open(k, { start, end }))).equals(data.subarray(start, end + 1)),
      ).toBe(true)
  })

  it('stores an empty stream', async () => {
    const k = key()
    expect(await store().put(k, pieces(Buffer.alloc(0)))).toEqual({ size: 0 })
    expect(await store().stat(k)).toEqual({ size: 0 })
    expect((await read(await store().open(k))).length).toBe(0)
  })

  it('streams a blob larger than one upload part (multipart on S3)', async () => {
    const data = randomBytes(11 * MIB + 17)
    const k = key()
    expect(await store().put(k, pieces(data))).toEqual({ size: data.length })
    const back = await read(await store().open(k))
    expect(back.length).toBe(data.length)
    expect(back.equals(data)).toBe(true)
  })

  it('leaves nothing behind when the source fails, small or past the first part', async () => {
    for (const before of [1000, 7 * MIB]) {
      const k = key()
      await expect(store().put(k, failing(before))).rejects.toThrow('client went away')
      expect(await store().stat(k)).toBeNull()
      await expect(store().open(k)).rejects.toBeInstanceOf(BlobNotFoundError)
    }
    expect(leftovers()).toEqual([])
  })

  it('answers a missing key as missing, and deletes idempotently', async () => {
    const k = key()
    expect(await store().stat(k)).toBeNull()
    await expect(store().open(k)).rejects.toBeInstanceOf(BlobNotFoundError)
    await store().delete(k)
    await store().put(k, pieces(Buffer.from('x')))
    await store().delete(k)
    await store().delete(k)
    expect(await store().stat(k)).toBeNull()
  })

  it('refuses keys that are not ours before any I/O', async () => {
    for (const bad of ['../etc/passwd', 'ab/../../x', '.tmp/x', 'AB/x', '', 'a//b', '/abs', 'a b'])
      await expect(store().put(bad, pieces(Buffer.from('x'))), bad).rejects.toBeInstanceOf(
        TypeError,
      )
    await expect(store().open('../x')).rejects.toBeInstanceOf(TypeError)
    await expect(store().stat('..')).rejects.toBeInstanceOf(TypeError)
    await expect(store().delete('x/..')).rejects.toBeInstanceOf(TypeError)
  })
})
