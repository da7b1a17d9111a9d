import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { openFile } from '@/lib/storage/files'
import type { TStoredFileIds } from '@/payload/private-upload'
import type { SignatureRequest } from '@/payload-types'

import { idOf } from './load-request'

async function bytesOf(stream: AsyncIterable<Uint8Array>) {
  const parts: Buffer[] = []
  for await (const chunk of stream) parts.push(Buffer.from(chunk))
  return Buffer.concat(parts)
}

/**
 * The bytes of the version a request signs, read from private storage, with the version's
 * number. They must still hash to what the request recorded when it was prepared: otherwise
 * nothing is sent or completed.
 */
export async function originalBytes(req: PayloadRequest, request: SignatureRequest) {
  const version = await req.payload.findByID({
    collection: 'document-versions',
    id: idOf(request.documentVersion)!,
    depth: 0,
    select: { storedFiles: true, version: true },
    overrideAccess: true, // system: the version this request signs
    req,
  })
  const fileId = (version.storedFiles as TStoredFileIds | null)?.original
  if (!fileId) throw new Error(`signature request ${request.id}: its document version has no file`)
  const bytes = await bytesOf((await openFile({ payload: req.payload, id: fileId })).stream)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (sha256 !== request.documentSha256)
    throw new Error(
      `signature request ${request.id}: the document's bytes changed since it was prepared`,
    )
  return { bytes, sha256, version: version.version ?? null }
}
