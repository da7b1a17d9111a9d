import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { chunkCount, chunkPlainLength, HEADER_BYTES, TAG_BYTES } from './chunk-range'
import { exactReader } from './exact-reader'
import { IntegrityError } from './integrity-error'

/**
 * Streaming envelope encryption of one stored file with its own data key (AES-256-GCM).
 *
 * Blob = header ‖ chunk₀ ‖ … ‖ chunkₙ₋₁, each chunk = ciphertext ‖ 16-byte tag.
 * Header (17 bytes): "DKVF", version (1 byte), chunk size (uint32 BE), nonce prefix (8 bytes).
 * Nonce of chunk i = nonce prefix ‖ i (uint32 BE): deterministic, so nothing is stored per chunk
 * and offsets are computable; unique because every file has a fresh random key and prefix.
 * Associated data of chunk i = header ‖ file id (16 bytes) ‖ i (uint32 BE) ‖ last (1 byte): a chunk
 * moved to another position or file, a dropped tail, an extra chunk or a changed header all fail.
 */
export const ENVELOPE_VERSION = 1
export const DEFAULT_CHUNK_SIZE = 64 * 1024
const MAGIC = Buffer.from('DKVF', 'ascii')
const MAX_CHUNK_SIZE = 16 * 1024 * 1024

export type TEnvelopeHeader = { version: number; chunkSize: number; noncePrefix: Buffer }

export function newHeader(chunkSize = DEFAULT_CHUNK_SIZE): TEnvelopeHeader {
  if (!Number.isInteger(chunkSize) || chunkSize < 16 || chunkSize > MAX_CHUNK_SIZE)
    throw new RangeError(`chunk size must be 16 B … 16 MiB, got ${chunkSize}`)
  return { version: ENVELOPE_VERSION, chunkSize, noncePrefix: randomBytes(8) }
}

export function encodeHeader(h: TEnvelopeHeader): Buffer {
  const out = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(out, 0)
  out.writeUInt8(h.version, 4)
  out.writeUInt32BE(h.chunkSize, 5)
  h.noncePrefix.copy(out, 9)
  return out
}

export function decodeHeader(buf: Buffer): TEnvelopeHeader {
  if (buf.length !== HEADER_BYTES || !buf.subarray(0, 4).equals(MAGIC))
    throw new IntegrityError('not an encrypted file header')
  const version = buf.readUInt8(4)
  if (version !== ENVELOPE_VERSION) throw new IntegrityError(`unknown envelope version ${version}`)
  return { version, chunkSize: buf.readUInt32BE(5), noncePrefix: Buffer.from(buf.subarray(9)) }
}

function fileIdBytes(fileId: string): Buffer {
  const hex = fileId.replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError('file id must be a uuid')
  return Buffer.from(hex, 'hex')
}

function chunkParams(header: Buffer, id: Buffer, index: number, last: boolean) {
  const tail = Buffer.alloc(5)
  tail.writeUInt32BE(index, 0)
  tail.writeUInt8(last ? 1 : 0, 4)
  const nonce = Buffer.concat([header.subarray(9), tail.subarray(0, 4)])
  return { nonce, aad: Buffer.concat([header, id, tail]) }
}

type TKeyArgs = { dataKey: Buffer; fileId: string; header: TEnvelopeHeader }

/** Yields the blob: header, then one encrypted chunk per `chunkSize` bytes of `source`. */
export async function* encryptChunks(
  args: TKeyArgs & { source: AsyncIterable<Uint8Array> },
): AsyncGenerator<Buffer> {
  const header = encodeHeader(args.header)
  const id = fileIdBytes(args.fileId)
  const reader = exactReader(args.source)
  yield header
  const seal = (plain: Buffer, index: number, last: boolean) => {
    const p = chunkParams(header, id, index, last)
    const cipher = createCipheriv('aes-256-gcm', args.dataKey, p.nonce)
    cipher.setAAD(p.aad)
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  }
  // A full chunk is held back until the next byte or the end shows whether it is the last.
  let pending = await reader.read(args.header.chunkSize)
  for (let index = 0; ; index++) {
    if (index > 0xffffffff) throw new RangeError('file too large for this chunk size')
    const next =
      pending.length < args.header.chunkSize
        ? Buffer.alloc(0)
        : await reader.read(args.header.chunkSize)
    const last = next.length === 0
    yield seal(pending, index, last)
    if (last) return
    pending = next
  }
}

/**
 * Decrypts chunks `firstChunk..lastChunk` of a blob of a `size`-byte file from `source`, which
 * starts at the header (`withHeader`) or at `firstChunk`. Each chunk is yielded only after its tag
 * checked out; anything wrong throws IntegrityError before any of its bytes leave.
 */
export async function* decryptChunks(
  args: TKeyArgs & {
    source: AsyncIterable<Uint8Array>
    size: number
    firstChunk: number
    lastChunk: number
    withHeader: boolean
  },
): AsyncGenerator<Buffer> {
  const header = encodeHeader(args.header)
  const id = fileIdBytes(args.fileId)
  const { chunkSize } = args.header
  const total = chunkCount(args.size, chunkSize)
  const reader = exactReader(args.source)
  try {
    if (args.withHeader && !(await reader.read(HEADER_BYTES)).equals(header))
      throw new IntegrityError('header does not match the file record')
    for (let index = args.firstChunk; index <= args.lastChunk; index++) {
      const length = chunkPlainLength(index, args.size, chunkSize) + TAG_BYTES
      const sealed = await reader.read(length)
      if (sealed.length !== length) throw new IntegrityError(`chunk ${index} is truncated`)
      const p = chunkParams(header, id, index, index === total - 1)
      const decipher = createDecipheriv('aes-256-gcm', args.dataKey, p.nonce)
      decipher.setAAD(p.aad)
      decipher.setAuthTag(sealed.subarray(length - TAG_BYTES))
      const plain = decipher.update(sealed.subarray(0, length - TAG_BYTES))
      try {
        decipher.final()
      } catch {
        throw new IntegrityError(`chunk ${index} does not authenticate`)
      }
      yield plain
    }
    if (args.lastChunk === total - 1 && (await reader.read(1)).length)
      throw new IntegrityError('data after the last chunk')
  } finally {
    await reader.close()
  }
}
