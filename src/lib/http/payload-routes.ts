import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { databaseAway, databaseAwayError } from '../db/database-answers'
import { AppError, isAppError } from '../errors'
import { enforceRateLimits } from '../rate-limit/limits'
import { clientIpFromHeaders } from './client-ip'
import { codeForStatus, problemResponse } from './problem'
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id'

type TConfig = Promise<SanitizedConfig>
/** Next's route context: `[...slug]` for REST, no params for GraphQL. */
type TContext = { params: Promise<unknown> }
type THandler = (req: Request, ctx: TContext) => Promise<Response>
type TPayloadHandler = (
  req: Request,
  ctx: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const JSON_TYPE = /^application\/(.+\+)?json\b/i
/**
 * What Payload reads a body as: JSON, multipart for uploads (`_payload` + file), and a
 * url-encoded query that its admin POSTs with `X-Payload-HTTP-Method-Override: GET` when a
 * filter is too long for a URL.
 */
const BODY_TYPES =
  /^(application\/(.+\+)?json|multipart\/form-data|application\/x-www-form-urlencoded)\b/i
const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i
/** Paging and population parameters: small non-negative integers. */
const NUMERIC_PARAMS = ['depth', 'limit', 'page'] as const

/** A body of a type Payload cannot read, or JSON that does not parse, is the caller's error. */
async function checkBody(req: Request): Promise<void> {
  if (req.body === null || req.method === 'GET' || req.method === 'HEAD') return
  const type = req.headers.get('content-type') ?? ''
  const override = /^get$/i.test(
    req.headers.get('x-payload-http-method-override') ??
      req.headers.get('x-http-method-override') ??
      '',
  )
  if (!BODY_TYPES.test(type) || (FORM_TYPE.test(type) && !override)) {
    // Payload's admin posts some actions (sign out, token refresh) without a body.
    if ((await req.clone().text()).length === 0) return
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the request body as application/json or multipart/form-data.',
    )
  }
  if (override) {
    // A query sent as a body (method override): the same rules as in the URL.
    checkQuery(new URLSearchParams(await req.clone().text()))
    return
  }
  if (!JSON_TYPE.test(type)) return
  const text = await req.clone().text()
  if (!text.trim()) return
  try {
    JSON.parse(text)
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.')
  }
}

function checkQuery(params: URLSearchParams): void {
  for (const name of NUMERIC_PARAMS) {
    const value = params.get(name)
    if (value !== null && value !== '' && !/^\d{1,6}$/.test(value)) {
      throw new AppError('BAD_REQUEST', `Query parameter "${name}" must be a whole number.`)
    }
  }
}

/**
 * `POST /api/<auth collection>/verify/<token>` is Payload's e-mail verification. None of our
 * collections uses it, so it answers 404 — after counting against the per-address limit for
 * account links, like every other endpoint that takes a secret from the caller.
 */
async function checkVerify(config: SanitizedConfig, req: Request, slug: string[]): Promise<void> {
  if (req.method !== 'POST' || slug[1] !== 'verify') return
  const collection = config.collections.find((c) => c.slug === slug[0])
  if (!collection?.auth) return
  const payload = await getPayload({ config })
  await enforceRateLimits(payload, [['account-link:ip', clientIpFromHeaders(req.headers)]])
  if (!collection.auth.verify) throw new AppError('NOT_FOUND', 'Not found.')
}

/**
 * One problem+json answer for Payload's routes: our shape (code, requestId), plus Payload's own
 * `errors` list, which Payload's admin reads.
 */
function payloadProblem(args: {
  status: number
  detail: string
  requestId: string
  errors?: unknown[]
  headers?: HeadersInit
}): Response {
  return problemResponse({
    status: args.status,
    code: codeForStatus(args.status),
    detail: args.detail,
    requestId: args.requestId,
    headers: args.headers,
    extra: { errors: args.errors ?? [{ message: args.detail }] },
  })
}

/** Payload's error answers (`{ errors: [{ message }] }`) become problem+json like ours. */
async function asProblem(response: Response, requestId: string): Promise<Response> {
  // Payload answers 501 for a path it has no route for: for the caller that is "not found".
  if (response.status === 501)
    return payloadProblem({ status: 404, detail: 'Not found.', requestId })
  if (response.status < 400 || !JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
    return response
  }
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as {
    errors?: { message?: string }[]
    message?: string
    type?: string
  } | null
  if (!body || body.type) return response
  const errors = Array.isArray(body.errors) ? body.errors : undefined
  return payloadProblem({
    status: response.status,
    detail: errors?.[0]?.message ?? body.message ?? 'The request was refused.',
    requestId,
    errors,
    headers: response.headers,
  })
}

/** Every Payload answer is per-user (or could be): never stored by a browser, proxy or CDN. */
function privateAnswer(response: Response, requestId: string): Response {
  let out = response
  try {
    out.headers.set('cache-control', 'private, no-store')
  } catch {
    // An immutable response (e.g. a redirect): copy it.
    out = new Response(response.body, response)
    out.headers.set('cache-control', 'private, no-store')
  }
  if (!out.headers.has(REQUEST_ID_HEADER)) out.headers.set(REQUEST_ID_HEADER, requestId)
  return out
}

/**
 * Payload's admin shows a refusal's message only when the answer's type contains
 * `application/json` (its forms test `indexOf('application/json')`), which
 * `application/problem+json` does not. Its own pages are the caller when the same-origin
 * Referer lies under the admin route: they get the same body as `application/json`, so staff read
 * "This file type is not accepted" instead of a bare "error". Everyone else keeps problem+json.
 */
function forAdminCaller(req: Request, response: Response, adminRoute: string): Response {
  if (!/^application\/problem\+json\b/i.test(response.headers.get('content-type') ?? ''))
    return response
  const referer = req.headers.get('referer')
  if (!referer) return response
  let from: URL
  try {
    from = new URL(referer)
  } catch {
    return response
  }
  const self = new URL(req.url)
  const underAdmin = from.pathname === adminRoute || from.pathname.startsWith(`${adminRoute}/`)
  // Host, not origin: behind a TLS proxy the request URL says http while the page said https.
  if (from.host !== self.host || !underAdmin) return response
  const out = new Response(response.body, response)
  out.headers.set('content-type', 'application/json; charset=utf-8')
  return out
}

/** Answers that can mean "the database is away" rather than what they say. */
const DATABASE_SENSITIVE = new Set([401, 403, 500])

function unavailable(requestId: string): Response {
  const err = databaseAwayError()
  return payloadProblem({
    status: err.status,
    detail: err.message,
    requestId,
    headers: err.headers,
  })
}

function guard(
  configPromise: TConfig,
  handler: THandler,
  checks: (config: SanitizedConfig, req: Request, slug: string[]) => Promise<void>,
): THandler {
  return async (req, ctx) => {
    const requestId = requestIdFrom(req.headers)
    let response: Response
    try {
      const config = await configPromise
      const slug = ((await ctx?.params) as { slug?: string[] } | undefined)?.slug ?? []
      await checks(config, req, slug)
      response = await asProblem(await handler(req, ctx), requestId)
    } catch (err) {
      // Our refusals (bad input, limits); anything else is Payload's to answer, or a crash.
      if (!isAppError(err)) {
        if (await databaseAway()) response = unavailable(requestId)
        else throw err
        return privateAnswer(response, requestId)
      }
      response = payloadProblem({
        status: err.status,
        detail: err.message,
        requestId,
        headers: err.headers,
      })
    }
    // A failure while PostgreSQL does not answer is its absence, not a fault of the request:
    // 503 with a hint when to come back, instead of Payload's generic 500 — or its 401/403, as
    // Payload takes a session it could not look up for no session at all.
    if (DATABASE_SENSITIVE.has(response.status) && (await databaseAway()))
      response = unavailable(requestId)
    const adminRoute = (await configPromise).routes.admin
    return privateAnswer(forAdminCaller(req, response, adminRoute), requestId)
  }
}

const restChecks = async (config: SanitizedConfig, req: Request, slug: string[]) => {
  checkQuery(new URL(req.url).searchParams)
  await checkBody(req)
  await checkVerify(config, req, slug)
}

/**
 * Payload's REST handlers with our rules in front and behind (ARCHITECTURE rule 13): bad input
 * is a 4xx problem+json before it reaches Payload, every answer is `private, no-store`, and
 * errors carry our code and request id. `src/app/(payload)/api/[...slug]/route.ts` and the
 * integration tests use these, so what is tested is what is served.
 */
export function payloadRest(config: TConfig) {
  const wrap = (h: TPayloadHandler) => guard(config, h as THandler, restChecks)
  return {
    GET: wrap(REST_GET(config)),
    POST: wrap(REST_POST(config)),
    PATCH: wrap(REST_PATCH(config)),
    PUT: wrap(REST_PUT(config)),
    DELETE: wrap(REST_DELETE(config)),
    OPTIONS: wrap(REST_OPTIONS(config)),
  }
}

/** Payload's GraphQL endpoint under the same rules; GraphQL errors keep GraphQL's own shape. */
export function payloadGraphql(config: TConfig) {
  const post = GRAPHQL_POST(config)
  return {
    POST: guard(
      config,
      (req) => post(req),
      async (_c, req) => checkBody(req),
    ),
    OPTIONS: guard(config, REST_OPTIONS(config) as THandler, async () => {}),
  }
}
