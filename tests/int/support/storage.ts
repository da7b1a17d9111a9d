import { createCipheriv, createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'

/** 1 MiB pieces of reproducible bytes: piece i is AES-CTR keystream from counter i. */
const PIECE = 1024 * 1024
const SEED = Buffer.alloc(32, 7)
function piece(i: number): Buffer {
  const iv = Buffer.alloc(16)
  iv.writeUInt32BE(i, 0)
  return createCipheriv('aes-256-ctr', SEED, iv).update(Buffer.alloc(PIECE))
}

/** A `size`-byte source that is never held in memory at once. */
export async function* generated(size: number) {
  for (let i = 0, sent = 0; sent < size; i++) {
    const p = piece(i).subarray(0, Math.min(PIECE, size - sent))
    sent += p.length
    yield p
  }
}

/** Bytes start..end (inclusive) of the same source, rebuilt for comparison. */
export function generatedRange(start: number, end: number): Buffer {
  const parts: Buffer[] = []
  for (let i = Math.floor(start / PIECE); i <= Math.floor(end / PIECE); i++) parts.push(piece(i))
  const from = Math.floor(start / PIECE) * PIECE
  return Buffer.concat(parts).subarray(start - from, end - from + 1)
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const b of stream) parts.push(b as Buffer)
  return Buffer.concat(parts)
}

/** sha256 and length of a stream, read in constant memory. */
export async function digest(stream: AsyncIterable<Uint8Array>) {
  const hash = createHash('sha256')
  let size = 0
  for await (const b of stream) {
    hash.update(b)
    size += b.length
  }
  return { sha256: hash.digest('hex'), size }
}

/** Whether `needle` occurs in a stream (searched across buffer boundaries, constant memory). */
export async function streamIncludes(stream: AsyncIterable<Uint8Array>, needle: Buffer) {
  let carry = Buffer.alloc(0)
  for await (const b of stream) {
    const window = Buffer.concat([carry, b as Buffer])
    if (window.includes(needle)) return true
    carry = window.subarray(Math.max(0, window.length - needle.length + 1))
  }
  return false
}

/** Every blob file under a local store's root, temp files included. */
export function blobFiles(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
}
