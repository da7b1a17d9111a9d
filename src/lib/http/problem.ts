import { STATUS_CODES } from 'node:http'

import type { AppError, TErrorCode, TFieldIssue } from '../errors'
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
  headers?: Record<string, string>
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
  return new Response(JSON.stringify(body), {
    status: args.status,
    headers: {
      ...args.headers,
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      [REQUEST_ID_HEADER]: args.requestId,
    },
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
