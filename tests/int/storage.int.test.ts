import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StoredFile } from '@/payload-types'
import { cipherSize, HEADER_BYTES, TAG_BYTES } from '@/lib/crypto/chunk-range'
import { DEFAULT_CHUNK_SIZE } from '@/lib/crypto/envelope'
import { IntegrityError } from '@/lib/crypto/integrity-error'
import { parseKeyring, UnknownKeyError } from '@/lib/crypto/keyring'
import { env } from '@/lib/env'
import { deleteFile, openFile, putFile } from '@/lib/storage/files'
import { localBlobStore } from '@/lib/storage/local-store'
import { rotateKeys, type TQueryable } from '@/lib/storage/rotate-keys'

import {
  blobFiles,
  digest,
  generated,
  generatedRange,
  readAll,
  streamIncludes,
} from './support/storage'
import { testPayload } from './support/world'

const run = promisify(execFile)

/**
 * Private file storage end to end: encrypted blobs in a real directory, their records in the real
 * database, read back whole and by range, tampered with, rotated and interrupted.
 */
const C = DEFAULT_CHUNK_SIZE
const MB = 1024 * 1024
const key = () => randomBytes(32).toString('base64')
const [K1, K2] = [key(), key()]
const ring1 = parseKeyring(`k1:${K1}`)

const root = mkdtempSync(path.join(tmpdir(), 'storage-int-'))
const store = localBlobStore(root)
let payload: Payload
let db: TQueryable
const deps = { store, keyring: ring1 }

async function* once(buf: Buffer) {
  yield buf
}
const put = (plain: Buffer | AsyncIterable<Uint8Array>, over: Record<string, unknown> = {}) =>
  putFile({
    payload,
    stream: Buffer.isBuffer(plain) ? once(plain) : plain,
    contentType: 'application/octet-stream',
    filename: 'test.bin',
    ...deps,
    ...over,
  })
const blobPath = (storageKey: string) => path.join(root, ...storageKey.split('/'))

beforeAll(async () => {
  payload = await testPayload()
  db = (payload.db as unknown as { pool: TQueryable }).pool
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('stored files: round trip', () => {
  it.each([0, 1, C - 1, C, C + 1])('%i bytes', async (size) => {
    const plain = randomBytes(size)
    const meta = await put(plain)
    expect(meta).toMatchObject({ size, chunkSize: C, keyId: 'k1', envelopeVersion: 1 })
    expect(readFileSync(blobPath(meta.storageKey)).length).toBe(cipherSize(size, C))
    const { stream } = await openFile({ payload, id: meta.id, ...deps })
    expect((await readAll(stream)).equals(plain)).toBe(true)
  })

  it('uses the configured backend and keyring by default (development key in DATA_DIR)', async () => {
    const meta = await putFile({
      payload,
      stream: once(Buffer.from('hello')),
      contentType: 'text/plain; charset=utf-8',
      filename: '../../Offerte Łódź.txt',
    })
    expect(meta.keyId).toBe(env.STORAGE_KEYS!.currentId)
    expect(meta.filename).toBe('Offerte Łódź.txt')
    expect(blobFiles(env.STORAGE_DIR)).toContain(
      path.join(env.STORAGE_DIR, ...meta.storageKey.split('/')),
    )
    const { stream } = await openFile({ payload, id: meta.id })
    expect((await readAll(stream)).toString()).toBe('hello')
    await deleteFile({ payload, id: meta.id })
  })

  it('streams a 50 MB file in and out, with ranges at its end', async () => {
    const size = 50 * MB
    const expected = await digest(generated(size))
    const meta = await put(generated(size))
    expect(meta.size).toBe(size)
    expect(meta.sha256).toBe(expected.sha256)
    const { stream } = await openFile({ payload, id: meta.id, ...deps })
    expect(await digest(stream)).toEqual(expected)
    for (const [start, end] of [
      [size - MB, size - 1],
      [size - 1, size - 1],
      [17 * C - 1, 17 * C],
    ]) {
      const part = await openFile({ payload, id: meta.id, range: { start, end }, ...deps })
      expect((await readAll(part.stream)).equals(generatedRange(start, end))).toBe(true)
    }
    // A sample from the middle is nowhere in the blob on disk.
    const store2 = localBlobStore(root)
    const raw = await store2.open(meta.storageKey)
    expect(await streamIncludes(raw, generatedRange(25 * MB, 25 * MB + 31))).toBe(false)
  }, 120_000)

  it('keeps no plaintext on disk', async () => {
    const text = Buffer.from(
      'CONFIDENTIAL purchase contract D8 GTO for Alice — price 250000 EUR\n'.repeat(3000),
    )
    const meta = await put(text, { filename: 'contract.txt' })
    const raw = readFileSync(blobPath(meta.storageKey))
    for (const sample of ['CONFIDENTIAL', 'purchase contract', '250000'])
      expect(raw.includes(Buffer.from(sample))).toBe(false)
    expect(raw.includes(text.subarray(C + 5, C + 21))).toBe(false)
  })
})

describe('stored files: ranges', () => {
  const size = 3 * C + 123
  const plain = randomBytes(size)
  let id: string
  beforeAll(async () => {
    id = (await put(plain)).id
  })

  it.each([
    [0, 0],
    [0, C - 1],
    [C - 1, C - 1],
    [C - 1, C],
    [C, C],
    [C + 1, C + 1],
    [C + 7, 2 * C + 9],
    [3 * C, 3 * C],
    [size - 1, size - 1],
    [0, size - 1],
  ])('bytes %i-%i', async (start, end) => {
    const { stream } = await openFile({ payload, id, range: { start, end }, ...deps })
    expect((await readAll(stream)).equals(plain.subarray(start, end + 1))).toBe(true)
  })

  it('refuses ranges outside the file, and any range of an empty file', async () => {
    await expect(
      openFile({ payload, id, range: { start: 0, end: size }, ...deps }),
    ).rejects.toThrow(RangeError)
    const empty = await put(Buffer.alloc(0))
    await expect(
      openFile({ payload, id: empty.id, range: { start: 0, end: 0 }, ...deps }),
    ).rejects.toThrow(RangeError)
  })
})

describe('stored files: tampering', () => {
  const size = 2 * C + 100
  const plain = randomBytes(size)

  it('refuses one flipped byte anywhere in the blob, never passing on unauthenticated bytes', async () => {
    const meta = await put(plain)
    const file = blobPath(meta.storageKey)
    const original = readFileSync(file)
    const stride = C + TAG_BYTES
    const positions = [
      0,
      4,
      5,
      9,
      HEADER_BYTES - 1,
      HEADER_BYTES,
      HEADER_BYTES + C - 1,
      HEADER_BYTES + C,
    ]
    positions.push(HEADER_BYTES + stride - 1, HEADER_BYTES + stride, HEADER_BYTES + 2 * stride + 50)
    positions.push(original.length - TAG_BYTES, original.length - 1)
    for (let i = 0; i < 20; i++) positions.push(Math.floor(Math.random() * original.length))
    for (const at of positions) {
      const bad = Buffer.from(original)
      bad[at] ^= 0x01
      writeFileSync(file, bad)
      const { stream } = await openFile({ payload, id: meta.id, ...deps })
      const seen: Buffer[] = []
      await expect(
        (async () => {
          for await (const b of stream) seen.push(b as Buffer)
        })(),
        `byte ${at}`,
      ).rejects.toBeInstanceOf(IntegrityError)
      // Whatever arrived before the error is a prefix of the real content.
      const got = Buffer.concat(seen)
      expect(got.equals(plain.subarray(0, got.length))).toBe(true)
    }
    writeFileSync(file, original)
    expect(
      (await readAll((await openFile({ payload, id: meta.id, ...deps })).stream)).equals(plain),
    ).toBe(true)
  })

  it('refuses a blob swapped with another file, and tampered records', async () => {
    const a = await put(plain)
    const b = await put(randomBytes(size))
    writeFileSync(blobPath(a.storageKey), readFileSync(blobPath(b.storageKey)))
    await expect(
      readAll((await openFile({ payload, id: a.id, ...deps })).stream),
    ).rejects.toBeInstanceOf(IntegrityError)
    // b's wrapped key on c's row: bound to b's id, so it does not open.
    const c = await put(plain)
    await db.query('update stored_files set wrapped_key = $1 where id = $2', [b.wrappedKey, c.id])
    await expect(openFile({ payload, id: c.id, ...deps })).rejects.toBeInstanceOf(IntegrityError)
    // A shorter recorded size makes a non-last chunk the last one.
    const d = await put(plain)
    await db.query('update stored_files set size = $1 where id = $2', [2 * C, d.id])
    await expect(
      readAll((await openFile({ payload, id: d.id, ...deps })).stream),
    ).rejects.toBeInstanceOf(IntegrityError)
    const e = await put(plain)
    await db.query(`update stored_files set key_id = 'k9' where id = $1`, [e.id])
    await expect(openFile({ payload, id: e.id, ...deps })).rejects.toBeInstanceOf(UnknownKeyError)
  })
})

describe('stored files: nothing half-stored', () => {
  it('leaves no blob and no row when the stream fails half way', async () => {
    const before = blobFiles(root)
    const filename = `orphan-${randomUUID()}.bin`
    async function* cutOff() {
      yield* generated(3 * MB)
      throw new Error('upload aborted')
    }
    await expect(put(cutOff(), { filename })).rejects.toThrow('upload aborted')
    expect(blobFiles(root)).toEqual(before)
    const rows = await payload.find({
      collection: 'stored-files',
      where: { filename: { equals: filename } },
      overrideAccess: true,
    })
    expect(rows.totalDocs).toBe(0)
  })

  it('removes the blob again when the row cannot be written', async () => {
    const before = blobFiles(root)
    // Fault injection at the database step only: everything before it (blob write) is real.
    const failing = new Proxy(payload, {
      get: (target, prop, receiver) =>
        prop === 'create'
          ? () => Promise.reject(new Error('insert failed'))
          : Reflect.get(target, prop, receiver),
    })
    await expect(put(generated(200_000), { payload: failing })).rejects.toThrow('insert failed')
    expect(blobFiles(root)).toEqual(before)
  })

  it('deletes row and blob; the id is then simply not found', async () => {
    const meta = await put(randomBytes(10))
    await deleteFile({ payload, id: meta.id, ...deps })
    expect(await store.stat(meta.storageKey)).toBeNull()
    await expect(openFile({ payload, id: meta.id, ...deps })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(openFile({ payload, id: 'not-a-uuid', ...deps })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('stored files: key rotation', () => {
  let files: StoredFile[] = []
  it('re-wraps every key under the newest id, resumably and idempotently; content stays readable', async () => {
    const ring0 = parseKeyring(`k0:${key()}`)
    const plains = [randomBytes(5), randomBytes(C + 3), randomBytes(0), randomBytes(2 * C)]
    files = await Promise.all(plains.map((p, i) => put(p, { keyring: i === 0 ? ring0 : ring1 })))
    const blobsBefore = files.map((f) => readFileSync(blobPath(f.storageKey)))
    const all = parseKeyring(
      `k2:${K2},k1:${K1},${[...ring0.keys].map(([id, k]) => `${id}:${k.toString('base64')}`)}`,
    )
    // Stopped after its first batch of two, like a run that was interrupted.
    await expect(
      rotateKeys({
        db,
        keyring: all,
        batchSize: 2,
        onBatch: () => {
          throw new Error('interrupted')
        },
      }),
    ).rejects.toThrow('interrupted')
    const first = await rotateKeys({ db, keyring: all, batchSize: 2 })
    const ours = new Set(files.map((f) => f.id))
    expect(first.failed.filter((f) => ours.has(f.id))).toEqual([])
    const second = await rotateKeys({ db, keyring: all, batchSize: 2 })
    expect(second.rotated).toBe(0)
    expect(second.current).toBeGreaterThanOrEqual(files.length)

    const onlyNewest = parseKeyring(`k2:${K2}`)
    for (const [i, f] of files.entries()) {
      const { meta, stream } = await openFile({ payload, id: f.id, store, keyring: onlyNewest })
      expect(meta.keyId).toBe('k2')
      expect(meta.wrappedKey).not.toBe(f.wrappedKey)
      expect((await readAll(stream)).equals(plains[i])).toBe(true)
      // Content was not re-encrypted: the blob is byte for byte the same.
      expect(readFileSync(blobPath(f.storageKey)).equals(blobsBefore[i])).toBe(true)
    }
  })

  it('`npm run storage:rotate` does the same from the command line, and twice is harmless', async () => {
    const K3 = key()
    const script = async () => {
      // Exit 1 is expected: other tests leave rows with unknown key ids, which it lists.
      const out = await run('npm', ['run', '--silent', 'storage:rotate'], {
        env: { ...process.env, DATABASE_URL: env.DATABASE_URL, STORAGE_KEYS: `k3:${K3},k2:${K2}` },
        timeout: 60_000,
      }).catch((err: { code: number; stdout: string }) => err)
      return out.stdout
    }
    const first = await script()
    expect(first).toMatch(/storage rotate: [1-9]\d* re-wrapped/)
    expect(first).not.toContain(K2)
    expect(await script()).toMatch(/storage rotate: 0 re-wrapped/)
    const keyring = parseKeyring(`k3:${K3}`)
    for (const f of files) {
      const { meta } = await openFile({ payload, id: f.id, store, keyring })
      expect(meta.keyId).toBe('k3')
    }
  })
})
