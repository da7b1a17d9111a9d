import 'server-only'

import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'

import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { StoredFile } from '@/payload-types'

import { planRange, type TByteRange } from '../crypto/chunk-range'
import { decryptChunks, encryptChunks, newHeader } from '../crypto/envelope'
import { IntegrityError } from '../crypto/integrity-error'
import { unwrapDataKey, wrapDataKey } from '../crypto/key-wrap'
import type { TKeyring } from '../crypto/keyring'
import { sliceBytes } from '../crypto/slice-bytes'
import { AppError } from '../errors'
import { logger } from '../logger'
import type { TBlobStore } from './blob-store'
import { getBlobStore } from './get-blob-store'
import { requireKeyring } from './require-keyring'
import { sanitizeFilename } from './sanitize-filename'

/** Backend and keyring default to the configured ones; tests and the rotation pass their own. */
type TDeps = { store?: TBlobStore; keyring?: TKeyring }

const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,128}(\s*;.{0,200})?$/i

const READ_AHEAD_BYTES = 1024 * 1024

export type TFileOwner = { collection: string; id: string }

/** Files are spread over 256 directories by the first byte of their id. */
const storageKeyFor = (id: string) => `${id.slice(0, 2)}/${id}`

/**
 * Encrypts and stores a stream, then records it. The blob is written first and the row after, so a
 * row never points at nothing; if the stream or the insert fails, the blob is removed again.
 */
export async function putFile(
  args: {
    payload: Payload
    stream: AsyncIterable<Uint8Array>
    contentType: string
    filename: string
    /** The record whose read access guards the file (the file route asks it). */
    owner?: TFileOwner
    req?: Partial<PayloadRequest>
  } & TDeps,
): Promise<StoredFile> {
  if (!CONTENT_TYPE.test(args.contentType))
    throw new AppError('BAD_REQUEST', 'Invalid content type')
  const store = args.store ?? getBlobStore()
  const keyring = args.keyring ?? requireKeyring()
  const id = randomUUID()
  const storageKey = storageKeyFor(id)
  const dataKey = randomBytes(32)
  const header = newHeader()
  const hash = createHash('sha256')
  let size = 0
  async function* measured() {
    for await (const buf of args.stream) {
      size += buf.length
      hash.update(buf)
      yield buf
    }
  }
  try {
    await store.put(storageKey, encryptChunks({ source: measured(), dataKey, fileId: id, header }))
    const { keyId, wrappedKey } = wrapDataKey({ dataKey, fileId: id, keyring })
    // System record: no user may create these rows through any API (access: nobody).
    return await args.payload.create({
      collection: 'stored-files',
      data: {
        id,
        storageKey,
        keyId,
        wrappedKey,
        envelopeVersion: header.version,
        chunkSize: header.chunkSize,
        noncePrefix: header.noncePrefix.toString('base64url'),
        size,
        contentType: args.contentType,
        filename: sanitizeFilename(args.filename),
        sha256: hash.digest('hex'),
        ownerCollection: args.owner?.collection,
        ownerId: args.owner?.id,
      },
      overrideAccess: true, // system record (access: nobody); the caller checked the owning record
      req: args.req,
    })
  } catch (err) {
    await store.delete(storageKey).catch((e) => logger.error({ err: e, storageKey }, 'orphan blob'))
    throw err
  } finally {
    dataKey.fill(0)
  }
}

/**
 * A stored file's record and its plaintext (all of it or an inclusive byte range), decrypted as it
 * is read. Callers check the owning record's access first. A chunk that fails authentication makes
 * the stream error before any of its bytes are passed on. Throws RangeError for a range outside the file.
 */
export async function openFile(
  args: { payload: Payload; id: string; range?: TByteRange; meta?: StoredFile } & TDeps,
): Promise<{ meta: StoredFile; stream: Readable }> {
  const meta = args.meta?.id === args.id ? args.meta : await findFile(args.payload, args.id)
  const plan = planRange({ size: meta.size, chunkSize: meta.chunkSize, range: args.range })
  const keyring = args.keyring ?? requireKeyring()
  const dataKey = unwrapDataKey({
    wrappedKey: meta.wrappedKey,
    keyId: meta.keyId,
    fileId: meta.id,
    keyring,
  })
  const source = await (args.store ?? getBlobStore()).open(meta.storageKey, plan.cipher)
  const header = {
    version: meta.envelopeVersion,
    chunkSize: meta.chunkSize,
    noncePrefix: Buffer.from(meta.noncePrefix, 'base64url'),
  }
  const plain = decryptChunks({
    source,
    dataKey,
    fileId: meta.id,
    header,
    size: meta.size,
    ...plan,
  })
  async function* guarded() {
    try {
      yield* sliceBytes(plain, plan.skip, plan.length)
    } catch (err) {
      if (err instanceof IntegrityError)
        logger.error({ fileId: meta.id, reason: err.message }, 'stored file failed authentication')
      throw err
    }
  }
  // Decrypts up to 1 MiB ahead of the reader, so decryption and sending overlap.
  return {
    meta,
    stream: Readable.from(guarded(), { objectMode: false, highWaterMark: READ_AHEAD_BYTES }),
  }
}

/** Removes the row first: without its wrapped key a leftover blob can never be decrypted again. */
export async function deleteFile(
  args: { payload: Payload; id: string; req?: Partial<PayloadRequest> } & TDeps,
): Promise<void> {
  const meta = await findFile(args.payload, args.id)
  // System record: rows are deleted only by the feature that owns the file (access: nobody).
  await args.payload.delete({
    collection: 'stored-files',
    id: meta.id,
    overrideAccess: true, // system record (access: nobody); the caller checked the owning record
    req: args.req,
  })
  await (args.store ?? getBlobStore()).delete(meta.storageKey)
}

/** A stored file's record; AppError NOT_FOUND for a malformed or unknown id. */
export async function findFile(payload: Payload, id: string): Promise<StoredFile> {
  if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND', 'File not found')
  // System lookup: callers have already checked the owning record's access.
  const meta = await payload.findByID({
    collection: 'stored-files',
    id,
    overrideAccess: true, // system record (access: nobody); the caller checked the owning record
    disableErrors: true,
  })
  if (!meta) throw new AppError('NOT_FOUND', 'File not found')
  return meta
}
