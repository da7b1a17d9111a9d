import type { PayloadHandler, PayloadRequest, Where } from 'payload'

import { staffCan } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { csvLine } from '@/lib/audit/csv'
import { recordAudit } from '@/lib/audit/record-audit'
import { CONTENT_FIELDS } from '@/lib/audit/types'
import { ERROR_STATUS, type TErrorCode } from '@/lib/errors'
import { problemResponse } from '@/lib/http/problem'
import { requestIdFrom } from '@/lib/http/request-id'
import type { AuditLog } from '@/payload-types'

import { exportWhere, ZAuditExportQuery } from './export-query'

// The hashed content, then the chain links, so an exported file can be re-verified.
const COLUMNS = [
  ...CONTENT_FIELDS,
  'prevHash',
  'hash',
] as const satisfies readonly (keyof AuditLog)[]

const BATCH = 500

/** The shared problem+json (code, requestId); the audit log is private to whoever reads it. */
function problem(
  req: PayloadRequest,
  code: TErrorCode,
  detail: string,
  extra?: Record<string, unknown>,
) {
  const res = problemResponse({
    status: ERROR_STATUS[code],
    code,
    detail,
    requestId: requestIdFrom(req.headers),
    extra,
  })
  res.headers.set('cache-control', 'private, no-store')
  return res
}

/** Pages by seq (not offset), through the same read access as the list view. */
async function* rows(req: PayloadRequest, where: Where) {
  let after = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: 'audit-log',
      where: { and: [where, { seq: { greater_than: after } }] },
      sort: 'seq',
      limit: BATCH,
      pagination: false,
      depth: 0,
      user: req.user,
      overrideAccess: false,
    })
    for (const doc of docs) yield doc
    if (docs.length < BATCH) return
    after = docs[docs.length - 1].seq
  }
}

/** GET /api/audit-log/export.csv?from=&to=&actorType=&action=&targetId= — admins and finance only. */
export const exportAuditCsv: PayloadHandler = async (req) => {
  const allowed = staffCan(req.user, 'audit:read')
  const parsed = ZAuditExportQuery.safeParse(Object.fromEntries(req.searchParams ?? []))
  const filters = Object.fromEntries(req.searchParams ?? [])
  if (req.user) {
    // Attempts by signed-in people are worth knowing about too, including refused ones.
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actorFromUser(req.user),
        action: 'audit.exported',
        outcome: !allowed ? 'denied' : parsed.success ? 'success' : 'failure',
        details: { filters },
      },
    })
  }
  if (!allowed) return problem(req, 'FORBIDDEN', 'You are not allowed to export the audit log.')
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    return problem(req, 'BAD_REQUEST', 'The export filter is not valid.', { errors })
  }

  const source = rows(req, exportWhere(parsed.data, req.searchParams.get('to')))
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(COLUMNS)))
    },
    async pull(controller) {
      const next = await source.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(csvLine(COLUMNS.map((c) => next.value[c]))))
    },
    async cancel() {
      await source.return(undefined)
    },
  })
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log-${stamp}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
