import 'server-only'

import { unstable_rethrow } from 'next/navigation'
import type { Logger } from 'pino'
import { z } from 'zod'

import type { TUser } from '@/access/user'

import { AppError, isAppError } from '../errors'
import { logger } from '../logger'
import { metrics } from '../metrics/registry'
import { appErrorResponse } from './problem'
import { readBody, readQuery } from './read-input'
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id'
import { authenticate, type TAuthMode } from './route-auth'

const GENERIC_MESSAGE = 'Something went wrong on our side. Please try again later.'

type TOut<S> = S extends z.ZodType ? z.output<S> : undefined

export type TRouteContext<Q, B> = {
  req: Request
  query: TOut<Q>
  body: TOut<B>
  user: TUser | null
  requestId: string
  log: Logger
}

type TRouteDef<Q, B> = {
  /** Fixed name for logs and metrics, e.g. "/api/health" (never the raw URL). */
  name: string
  auth: TAuthMode
  query?: Q
  body?: B
  /** A Response is sent as is; anything else as JSON. */
  handler: (ctx: TRouteContext<Q, B>) => Promise<Response | unknown> | Response | unknown
}

/**
 * The one wrapper for our own route handlers (Formbricks' api-wrapper, simplified): request id,
 * auth, zod for query and body, problem+json for every error, a metric per answer. Expected
 * failures are AppErrors and say what went wrong; anything else is logged with the request id and
 * answered with a generic 500 that reveals nothing.
 */
export function route<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: TRouteDef<Q, B>) {
  return async function handle(req: Request): Promise<Response> {
    const started = performance.now()
    const requestId = requestIdFrom(req.headers)
    const log = logger.child({ requestId, route: def.name, method: req.method })
    let response: Response
    try {
      const user = await authenticate(def.auth, req)
      const query = (def.query ? readQuery(req, def.query) : undefined) as TOut<Q>
      const body = (def.body ? await readBody(req, def.body) : undefined) as TOut<B>
      const result = await def.handler({ req, query, body, user, requestId, log })
      response = result instanceof Response ? result : Response.json(result)
    } catch (err) {
      unstable_rethrow(err)
      response = errorResponse(err, requestId, log)
    }
    response.headers.set(REQUEST_ID_HEADER, requestId)
    if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store')
    const m = metrics()
    m.httpRequests.inc({ route: def.name, method: req.method, status: String(response.status) })
    m.httpDuration.observe(
      { route: def.name, method: req.method },
      (performance.now() - started) / 1000,
    )
    return response
  }
}

function errorResponse(err: unknown, requestId: string, log: Logger): Response {
  if (isAppError(err)) {
    if (err.status >= 500) log.error({ err, cause: err.cause }, err.message)
    return appErrorResponse(err, requestId)
  }
  log.error({ err }, 'route handler failed')
  return appErrorResponse(new AppError('INTERNAL', GENERIC_MESSAGE), requestId)
}
