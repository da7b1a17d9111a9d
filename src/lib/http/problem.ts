import { STATUS_CODES } from 'node:http'

import { ERROR_STATUS, type AppError, type TErrorCode, type TFieldIssue } from '../errors'
import { REQUEST_ID_HEADER } from './request-id'

/**
 * RFC 9457 problem details. `type` stays "about:blank", so `title` is the HTTP status phrase; our
 * own `code` says what went wrong and `requestId` finds the log line. Never a stack or an internal
 * message: only what the caller may read.
 */
export type TProblem = {
  type: 'about:blank'
  title: string
  status: number
  code: TErrorCode
  detail: string
  requestId: string
  issues?: TFieldIssue[]
}

export function problemResponse(args: {
  status: number
  code: TErrorCode
  detail: string
  requestId: string
  issues?: TFieldIssue[]
  headers?: HeadersInit
  /** Extension members (RFC 9457 §3.2), e.g. Payload's own `errors` list for its admin. */
  extra?: Record<string, unknown>
}): Response {
  const body: TProblem = {
    type: 'about:blank',
    title: STATUS_CODES[args.status] ?? 'Error',
    status: args.status,
    code: args.code,
    detail: args.detail,
    requestId: args.requestId,
    ...(args.issues?.length ? { issues: args.issues } : {}),
  }
  const headers = new Headers(args.headers)
  headers.set('content-type', 'application/problem+json')
  headers.set('cache-control', 'no-store')
  headers.set(REQUEST_ID_HEADER, args.requestId)
  headers.delete('content-length')
  return new Response(JSON.stringify({ ...args.extra, ...body }), {
    status: args.status,
    headers,
  })
}

export function appErrorResponse(err: AppError, requestId: string): Response {
  return problemResponse({
    status: err.status,
    code: err.code,
    detail: err.message,
    issues: err.issues,
    headers: err.headers,
    requestId,
  })
}

/** Our code for an HTTP status another component (Payload) chose. */
export function codeForStatus(status: number): TErrorCode {
  const found = (Object.entries(ERROR_STATUS) as [TErrorCode, number][]).find(
    ([, s]) => s === status,
  )
  if (found) return found[0]
  return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'
}
