import 'server-only'

import { unstable_rethrow } from 'next/navigation'
import type { Logger } from 'pino'
import { z } from 'zod'

import type { TUser } from '@/access/user'
import type { TAuditAction } from '@/lib/audit/actions'
import type { TJson } from '@/lib/audit/types'
import type { TRateLimitName } from '@/lib/rate-limit/limits'

import { databaseAway, databaseAwayError } from '../db/database-answers'
import { AppError, isAppError } from '../errors'
import { logger } from '../logger'
import { metrics } from '../metrics/registry'
import { appErrorResponse } from './problem'
import { readBody, readQuery } from './read-input'
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id'
import { authenticate, type TAuthMode, type TAuthResult } from './route-auth'
import { assertSameOrigin, auditRoute, limitRoute, readParams } from './route-guards'

const GENERIC_MESSAGE = 'Something went wrong on our side. Please try again later.'

type TOut<S> = S extends z.ZodType ? z.output<S> : undefined

/** What Next passes a route handler beside the request: the dynamic segments of its path. */
export type TNextRouteContext = { params: Promise<unknown> }

type TCustomerAuth = 'customer' | { customer: unknown }
/** Customer modes always know the customer and their session; other modes may not. */
type TCaller<A> = A extends TCustomerAuth
  ? {
      user: TUser
      session: NonNullable<TAuthResult['session']>
      customer: NonNullable<TAuthResult['customer']>
    }
  : A extends 'signed-in'
    ? { user: TUser; session: TAuthResult['session']; customer: TAuthResult['customer'] }
    : { user: TUser | null; session: TAuthResult['session']; customer: TAuthResult['customer'] }

export type TRouteContext<Q, B, P, A = TAuthMode> = TCaller<A> & {
  req: Request
  params: TOut<P>
  query: TOut<Q>
  body: TOut<B>
  requestId: string
  /** The request logger; carries the user id once the caller is known. */
  log: Logger
  /** Details for the `audit` entry written when the handler succeeds. */
  auditDetails: (details: Record<string, TJson>) => void
}

type TRouteDef<Q, B, P, A extends TAuthMode> = {
  /** Fixed name for logs and metrics, e.g. "/api/health" (never the raw URL). */
  name: string
  auth: A
  /** The path's dynamic segments, from Next's route context; a mismatch is a 404. */
  params?: P
  query?: Q
  body?: B
  /** Limits counted before the handler runs: `…:ip` per client address, `…:account` per user. */
  rateLimit?: readonly TRateLimitName[]
  /**
   * Refuse a foreign Origin. On by default for writes authenticated by a cookie; set it for
   * cookie-bearing public endpoints (a pending sign-in, say) that the session check cannot cover.
   */
  sameOrigin?: boolean
  /** Written (actor = the caller) when the handler succeeds. */
  audit?: TAuditAction
  /** A Response is sent as is; anything else as JSON. */
  handler: (ctx: TRouteContext<Q, B, P, A>) => Promise<Response | unknown> | Response | unknown
}

/**
 * The one wrapper for our own route handlers (Formbricks' api-wrapper): request id, auth, typed
 * params, zod for query and body, same-origin writes, rate limits, audit, problem+json for every
 * error, a metric per answer. Expected failures are AppErrors and say what went wrong; anything
 * else is logged with the request id and answered with a generic 500 that reveals nothing.
 */
export function route<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  const A extends TAuthMode = TAuthMode,
>(def: TRouteDef<Q, B, P, A>) {
  return async function handle(req: Request, context?: TNextRouteContext): Promise<Response> {
    const started = performance.now()
    const requestId = requestIdFrom(req.headers)
    let log = logger.child({ requestId, route: def.name, method: req.method })
    let response: Response
    try {
      const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method)
      if (def.sameOrigin) assertSameOrigin(req)
      const auth = await authenticate(def.auth, req)
      if (auth.user)
        log = log.child({ userId: String(auth.user.id), userType: auth.user.collection })
      if (auth.byCookie && write) assertSameOrigin(req)
      if (def.rateLimit) await limitRoute(def.rateLimit, req, auth.user)
      const params = (def.params ? await readParams(def.params, context) : undefined) as TOut<P>
      const query = (def.query ? readQuery(req, def.query) : undefined) as TOut<Q>
      const body = (def.body ? await readBody(req, def.body) : undefined) as TOut<B>
      let details: Record<string, TJson> | null = null
      const caller = { user: auth.user, session: auth.session, customer: auth.customer }
      const result = await def.handler({
        ...{ req, params, query, body, requestId, log },
        ...(caller as TCaller<A>),
        auditDetails: (d: Record<string, TJson>) => void (details = d),
      } as TRouteContext<Q, B, P, A>)
      response = result instanceof Response ? result : Response.json(result)
      if (def.audit) await auditRoute({ action: def.audit, req, user: auth.user, details })
    } catch (err) {
      unstable_rethrow(err)
      response = await errorResponse(err, requestId, log)
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

async function errorResponse(err: unknown, requestId: string, log: Logger): Promise<Response> {
  if (isAppError(err)) {
    if (err.status >= 500) log.error({ err, cause: err.cause }, err.message)
    return appErrorResponse(err, requestId)
  }
  if (await databaseAway()) {
    log.warn({ err }, 'route handler failed: the database is not answering')
    return appErrorResponse(databaseAwayError(), requestId)
  }
  log.error({ err }, 'route handler failed')
  return appErrorResponse(new AppError('INTERNAL', GENERIC_MESSAGE), requestId)
}
