import 'server-only'

import { Readable } from 'node:stream'

import { z } from 'zod'

import type { TUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { IntegrityError } from '@/lib/crypto/integrity-error'
import { AppError } from '@/lib/errors'
import { parseRange } from '@/lib/http/byte-range'
import { route } from '@/lib/http/route'
import { openFile } from '@/lib/storage/files'
import { getPayload } from '@/payload/get-payload'
import { viewerOfSignedUrl } from '@/lib/storage/signed-file-url'

import { etagOf, fileHeaders, matchesEtag } from './file-headers'
import { readableFile } from './readable-file'

const ZParams = z.object({ id: z.string() })
const ZQuery = z.object({
  download: z.enum(['0', '1']).optional(),
  token: z.string().max(2000).optional(),
})

/**
 * GET/HEAD /api/files/[id]: one stored file, decrypted as it streams, for whoever may read the
 * record that owns it (that collection's read access decides, see readable-file.ts). Staff and
 * customers are recognised by Payload's strategies from their cookie or bearer token; a signed URL
 * (`?token=`, signed-file-url.ts) stands for its viewer where no cookie can be sent.
 *
 * A chunk that fails authentication before the first byte is answered 500; after the headers
 * have gone the response is aborted, so the client never receives unauthenticated bytes.
 */
export const fileRoute = route({
  name: '/api/files/[id]',
  auth: 'public',
  params: ZParams,
  query: ZQuery,
  handler: async ({ req, params, query, log }) => {
    const payload = await getPayload()
    const user = query.token
      ? await viewerOfSignedUrl({ payload, token: query.token, fileId: params.id })
      : ((await payload.auth({ headers: req.headers })).user as TUser | null)
    const { meta, options } = await readableFile({ payload, id: params.id, user })
    const download = query.download === '1'
    const headers = fileHeaders({ meta, options, download })

    if (matchesEtag(req.headers.get('if-none-match'), etagOf(meta)))
      return new Response(null, { status: 304, headers })

    const ifRange = req.headers.get('if-range')
    const wanted = ifRange && ifRange !== etagOf(meta) ? null : req.headers.get('range')
    const range = parseRange(wanted, meta.size)
    if (range.kind === 'unsatisfiable') {
      throw new AppError('RANGE_NOT_SATISFIABLE', 'The requested range is outside the file.', {
        headers: { 'content-range': `bytes */${meta.size}`, 'accept-ranges': 'bytes' },
      })
    }
    const byteRange = range.kind === 'range' ? range.range : undefined
    const length = byteRange ? byteRange.end - byteRange.start + 1 : meta.size
    headers.set('content-length', String(length))
    if (byteRange)
      headers.set('content-range', `bytes ${byteRange.start}-${byteRange.end}/${meta.size}`)
    const status = byteRange ? 206 : 200

    if (options.auditReads && user)
      await recordAudit({
        payload,
        entry: {
          ...requestContextFromHeaders(req.headers),
          ...actorFromUser(user),
          action: download ? 'file.downloaded' : 'file.viewed',
          targetType: meta.ownerCollection,
          targetId: meta.ownerId,
          outcome: 'success',
          details: {
            fileId: meta.id,
            ...(byteRange ? { range: `${byteRange.start}-${byteRange.end}` } : {}),
          },
        },
      })
    if (req.method === 'HEAD') return new Response(null, { status, headers })

    const { stream } = await openFile({ payload, id: meta.id, meta, range: byteRange })
    const body = await startedBody(stream, () =>
      log.fatal(
        { fileId: meta.id, ownerCollection: meta.ownerCollection },
        'stored file failed authentication while being sent: response aborted',
      ),
    )
    return new Response(body, { status, headers })
  },
})

/**
 * Pieces handed to the response are gathered up to this size: every piece costs a promise in the
 * web stream and a write in Next's piping, and 64 KiB decrypted chunks made that cost, not the
 * decryption, the limit of the file route's throughput (scripts/bench/files.mjs).
 */
const SEND_BYTES = 1024 * 1024

/**
 * Reads the first piece before any header is sent, so a file that fails authentication at once
 * is a calm 500; a failure later errors the body stream, which ends the response unfinished.
 */
async function startedBody(stream: Readable, onLateFailure: () => void) {
  const it = stream[Symbol.asyncIterator]()
  let first: IteratorResult<Buffer>
  try {
    first = await it.next()
  } catch (err) {
    stream.destroy()
    if (err instanceof IntegrityError)
      throw new AppError('INTERNAL', 'This file cannot be read right now.', { cause: err })
    throw err
  }
  let pending: Buffer | null = first.done ? null : first.value
  let ended = first.done === true
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const parts: Buffer[] = pending ? [pending] : []
      let held = pending?.length ?? 0
      pending = null
      try {
        while (!ended && held < SEND_BYTES) {
          const next = await it.next()
          if (next.done) ended = true
          else {
            parts.push(next.value as Buffer)
            held += (next.value as Buffer).length
          }
        }
      } catch (err) {
        // Bytes gathered before the failure were authenticated, but the response is broken
        // anyway: nothing more is sent.
        if (err instanceof IntegrityError) onLateFailure()
        controller.error(err)
        return
      }
      if (held) controller.enqueue(parts.length === 1 ? parts[0] : Buffer.concat(parts, held))
      if (ended) controller.close()
    },
    cancel: () => void stream.destroy(),
  })
}
