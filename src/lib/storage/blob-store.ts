import type { Readable } from 'node:stream'

import type { TByteRange } from '../crypto/chunk-range'

/**
 * Where encrypted blobs live. Features never talk to a backend: they use files.ts, which encrypts
 * before `put` and decrypts after `open`, so a backend only ever sees ciphertext.
 */
export type TBlobStore = {
  /** Stores the whole source under `key`; on any error nothing is left under `key`. */
  put(key: string, source: AsyncIterable<Uint8Array>): Promise<{ size: number }>
  /** The stored bytes, or an inclusive range of them. Throws BlobNotFoundError. */
  open(key: string, range?: TByteRange): Promise<Readable>
  stat(key: string): Promise<{ size: number } | null>
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`no blob stored under ${key}`)
    this.name = 'BlobNotFoundError'
  }
}

// Lower-case letters, digits and single separators: no dots, so no "..", no hidden or temp names.
const BLOB_KEY = /^[a-z0-9]+(?:[/_-][a-z0-9]+)*$/

/** Keys are made by our code from validated ids; anything else is a bug, refused before any I/O. */
export function assertBlobKey(key: string): string {
  if (key.length > 200 || !BLOB_KEY.test(key)) throw new TypeError(`invalid blob key "${key}"`)
  return key
}

/** Counts the bytes passing through, for backends that need the stored size afterwards. */
export async function* counted(source: AsyncIterable<Uint8Array>, total: { size: number }) {
  for await (const buf of source) {
    total.size += buf.length
    yield buf
  }
}
