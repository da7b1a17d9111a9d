import { randomBytes, randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { cipherSize, HEADER_BYTES, planRange, TAG_BYTES } from './chunk-range'
import {
  decodeHeader,
  decryptChunks,
  encodeHeader,
  encryptChunks,
  newHeader,
  type TEnvelopeHeader,
} from './envelope'
import { IntegrityError } from './integrity-error'
import { sliceBytes } from './slice-bytes'

const C = 64
const STRIDE = C + TAG_BYTES

/** Feeds `buf` in awkward piece sizes, so chunking never lines up with the source. */
async function* pieces(buf: Buffer, size = 7) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size)
}

async function collect(source: AsyncIterable<Buffer>) {
  const out: Buffer[] = []
  for await (const b of source) out.push(b)
  return Buffer.concat(out)
}

type TFile = {
  fileId: string
  dataKey: Buffer
  header: TEnvelopeHeader
  plain: Buffer
  blob: Buffer
}

async function sealed(size: number, over: Partial<TFile> = {}): Promise<TFile> {
  const f = {
    fileId: randomUUID(),
    dataKey: randomBytes(32),
    header: newHeader(C),
    plain: randomBytes(size),
    ...over,
  }
  const blob = await collect(encryptChunks({ ...f, source: pieces(f.plain) }))
  return { ...f, blob }
}

/** Opens `blob` as the record `f` describes (size taken from `size`, as a database row would). */
const open = (f: TFile, blob = f.blob, size = f.plain.length) =>
  collect(
    decryptChunks({ ...f, size, source: pieces(blob, 13), ...planRange({ size, chunkSize: C }) }),
  )

const chunk = (blob: Buffer, i: number) =>
  blob.subarray(HEADER_BYTES + i * STRIDE, HEADER_BYTES + (i + 1) * STRIDE)

describe('envelope framing', () => {
  it.each([0, 1, C - 1, C, C + 1, 3 * C, 3 * C + 5])('round-trips %i bytes', async (size) => {
    const f = await sealed(size)
    expect(f.blob.length).toBe(cipherSize(size, C))
    expect((await open(f)).equals(f.plain)).toBe(true)
  })

  it('starts with a versioned header that names chunk size and nonce prefix', async () => {
    const f = await sealed(10)
    const h = decodeHeader(f.blob.subarray(0, HEADER_BYTES))
    expect(f.blob.subarray(0, 4).toString('ascii')).toBe('DKVF')
    expect(h).toEqual(f.header)
    expect(() => decodeHeader(Buffer.alloc(HEADER_BYTES))).toThrow(IntegrityError)
    const v2 = encodeHeader({ ...f.header, version: 2 })
    expect(() => decodeHeader(v2)).toThrow(/version 2/)
  })

  it('leaves no plaintext in the blob and uses fresh nonces per file', async () => {
    const plain = Buffer.alloc(4 * C, 'the same secret text ')
    const a = await sealed(0, { plain })
    const b = await sealed(0, { plain, dataKey: a.dataKey })
    expect(a.blob.includes(plain.subarray(0, 16))).toBe(false)
    // Same key and content, yet nothing repeats: each file has its own nonce prefix.
    expect(chunk(a.blob, 0).equals(chunk(b.blob, 0))).toBe(false)
    // Equal plaintext chunks within one file encrypt differently (nonce carries the index).
    expect(chunk(a.blob, 0).equals(chunk(a.blob, 1))).toBe(false)
  })

  it('decrypts a middle run of chunks from its ciphertext offsets alone', async () => {
    const f = await sealed(5 * C + 3)
    const range = { start: C + 10, end: 3 * C + 20 }
    const plan = planRange({ size: f.plain.length, chunkSize: C, range })
    const source = pieces(f.blob.subarray(plan.cipher.start, plan.cipher.end + 1), 5)
    const plain = decryptChunks({ ...f, size: f.plain.length, source, ...plan })
    const out = await collect(sliceBytes(plain, plan.skip, plan.length))
    expect(out.equals(f.plain.subarray(range.start, range.end + 1))).toBe(true)
  })
})

describe('envelope authentication', () => {
  it('refuses reordered chunks', async () => {
    const f = await sealed(3 * C)
    const swapped = Buffer.concat([
      f.blob.subarray(0, HEADER_BYTES),
      chunk(f.blob, 1),
      chunk(f.blob, 0),
      chunk(f.blob, 2),
    ])
    await expect(open(f, swapped)).rejects.toThrow(/chunk 0 does not authenticate/)
  })

  it('refuses a truncated blob, also when the recorded size is cut to match', async () => {
    const f = await sealed(3 * C)
    const cut = f.blob.subarray(0, HEADER_BYTES + 2 * STRIDE)
    await expect(open(f, cut)).rejects.toThrow(/chunk 2 is truncated/)
    // Chunk 1 was sealed as "not last": presenting it as the end fails.
    await expect(open(f, cut, 2 * C)).rejects.toThrow(/chunk 1 does not authenticate/)
    await expect(open(f, f.blob.subarray(0, HEADER_BYTES), 0)).rejects.toThrow(IntegrityError)
  })

  it('refuses an extended blob, also when the recorded size grows to match', async () => {
    const f = await sealed(2 * C)
    await expect(open(f, Buffer.concat([f.blob, Buffer.from([0])]))).rejects.toThrow(
      /after the last chunk/,
    )
    const twice = Buffer.concat([f.blob, chunk(f.blob, 1)])
    await expect(open(f, twice)).rejects.toThrow(/after the last chunk/)
    await expect(open(f, twice, 3 * C)).rejects.toThrow(/does not authenticate/)
  })

  it('refuses a chunk from another file, even under the same key and header', async () => {
    const a = await sealed(2 * C)
    const b = await sealed(2 * C, { dataKey: a.dataKey, header: a.header })
    const mixed = Buffer.concat([a.blob.subarray(0, HEADER_BYTES + STRIDE), chunk(b.blob, 1)])
    await expect(open(a, mixed)).rejects.toThrow(/chunk 1 does not authenticate/)
    await expect(open({ ...a, fileId: b.fileId })).rejects.toThrow(IntegrityError)
    await expect(open({ ...a, dataKey: randomBytes(32) })).rejects.toThrow(IntegrityError)
  })

  it('refuses a changed header or record (chunk size, nonce prefix)', async () => {
    const f = await sealed(2 * C + 1)
    const prefix = Buffer.from(f.header.noncePrefix)
    prefix[0] ^= 1
    await expect(open({ ...f, header: { ...f.header, noncePrefix: prefix } })).rejects.toThrow(
      IntegrityError,
    )
    await expect(open({ ...f, header: { ...f.header, chunkSize: C * 2 } })).rejects.toThrow(
      IntegrityError,
    )
  })

  it('refuses one flipped bit at any position of the blob', async () => {
    const f = await sealed(2 * C + 9)
    for (let at = 0; at < f.blob.length; at++) {
      const bad = Buffer.from(f.blob)
      bad[at] ^= 0x80
      await expect(open(f, bad), `byte ${at}`).rejects.toThrow(IntegrityError)
    }
  })

  it('yields only chunks whose tag checked out, then fails', async () => {
    const f = await sealed(3 * C)
    const bad = Buffer.from(f.blob)
    bad[HEADER_BYTES + 2 * STRIDE + 3] ^= 1
    const seen: Buffer[] = []
    const plain = decryptChunks({
      ...f,
      size: 3 * C,
      source: pieces(bad),
      ...planRange({ size: 3 * C, chunkSize: C }),
    })
    await expect(
      (async () => {
        for await (const b of plain) seen.push(b)
      })(),
    ).rejects.toThrow(/chunk 2/)
    expect(Buffer.concat(seen).equals(f.plain.subarray(0, 2 * C))).toBe(true)
  })
})
