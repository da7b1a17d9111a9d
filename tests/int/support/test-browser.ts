import { randomBytes } from 'node:crypto'

import { env } from '@/lib/env'

/**
 * One visitor of the portal in an integration test: a cookie jar and a client address, as a real
 * browser keeps them. Route handlers and server actions run inside Next's own request scope
 * (the stores `cookies()` and `headers()` from next/headers read), so the code under test talks to
 * the real next/headers, not a mock: the scope is filled from this visitor's request, and the
 * cookies the code sets come back through Next's own Set-Cookie headers into the jar.
 * tests/int/support/next-globals.ts (a vitest setup file) gives Next the global it needs first.
 */
export type TRouteHandler = (req: Request, ctx: { params: Promise<never> }) => Promise<Response>

export type TSend = {
  method?: string
  /** A path on the portal, or a full URL (a provider's redirect back, say). */
  path: string
  /** Sent as JSON; without a method it makes the request a POST. */
  body?: unknown
  /** The Origin header of writes; `null` sends none. Default: the portal's own origin. */
  origin?: string | null
  /** More request headers (a staff JWT, say); they win over the visitor's own. */
  headers?: HeadersInit
  /** The dynamic segments Next would hand the route (`[id]`, `[...slug]`). */
  params?: Record<string, string | string[]>
}

export type TBrowserResponse = {
  status: number
  headers: Headers
  json: Record<string, unknown>
  text: string
  /** The cookies this answer set, as sent (a deleted cookie is set to ''). */
  setCookies: Map<string, string>
}

export type TActionResult<T> = { redirect: string } | { state: T }

const PORTAL_ORIGIN = new URL(env.PUBLIC_URL).origin

/** A documentation-range address no other visitor of this run has, so rate limits never mix. */
export const freshIp = () =>
  `2001:db8:${randomBytes(6)
    .toString('hex')
    .replace(/(.{4})(?!$)/g, '$1:')}::1`

export class TestBrowser {
  readonly jar = new Map<string, string>()
  readonly ip: string
  readonly origin: string
  readonly userAgent: string

  constructor(opts: { ip?: string; origin?: string; userAgent?: string } = {}) {
    this.ip = opts.ip ?? freshIp()
    this.origin = opts.origin ?? PORTAL_ORIGIN
    this.userAgent = opts.userAgent ?? 'vitest-browser'
  }

  /** The headers every request of this visitor carries: address, user agent, cookies. */
  requestHeaders(extra?: HeadersInit): Headers {
    const h = new Headers({ 'x-forwarded-for': this.ip, 'user-agent': this.userAgent })
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
    if (cookie) h.set('cookie', cookie)
    for (const [k, v] of new Headers(extra)) h.set(k, v)
    return h
  }

  /** Sends a request to a route handler with this visitor's cookies, address and origin. */
  async send(handler: TRouteHandler, args: TSend): Promise<TBrowserResponse> {
    const method = args.method ?? (args.body === undefined ? 'GET' : 'POST')
    const headers = this.requestHeaders()
    // Browsers send Origin with writes (and cross-origin reads), not with a same-origin GET.
    const origin = args.origin === undefined ? this.origin : args.origin
    if (origin && !['GET', 'HEAD'].includes(method)) headers.set('origin', origin)
    if (args.body !== undefined) headers.set('content-type', 'application/json')
    for (const [k, v] of new Headers(args.headers)) headers.set(k, v)
    const req = new Request(new URL(args.path, this.origin), {
      method,
      headers,
      body: args.body === undefined ? undefined : JSON.stringify(args.body),
    })
    const res = await callRoute(handler, req, args.params)
    const setCookies = this.keep(res.headers)
    const text = await res.text()
    let json: Record<string, unknown> = {}
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      json = { text }
    }
    return { status: res.status, headers: res.headers, json, text, setCookies }
  }

  /**
   * Runs a server action as this visitor submitting a form: a redirect (Next throws it) is
   * answered as its target path, anything else as the action's state.
   */
  async action<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
    try {
      return { state: await this.run(fn) }
    } catch (err) {
      const digest = String((err as { digest?: unknown } | null)?.digest ?? '')
      if (digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] ?? '' }
      throw err
    }
  }

  /** Runs server code (a helper that sets a cookie, say) during one of this visitor's requests. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const req = new Request(new URL('/', this.origin), { headers: this.requestHeaders() })
    const scope = await requestScope(req)
    try {
      return await scope.run(fn)
    } finally {
      // A redirect still carries the cookies set before it, as Next sends them.
      this.keep(scope.setCookieHeaders())
    }
  }

  /** Applies an answer's Set-Cookie headers to the jar; answers what they set. */
  private keep(headers: Headers): Map<string, string> {
    const set = new Map<string, string>()
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';')
      const i = pair.indexOf('=')
      const name = pair.slice(0, i).trim()
      const value = pair.slice(i + 1)
      set.set(name, value)
      const expired = attributes.some((a) => {
        const [k, v = ''] = a.trim().split('=')
        const key = k.toLowerCase()
        return (
          (key === 'max-age' && Number(v) <= 0) ||
          (key === 'expires' && Date.parse(v) <= Date.now())
        )
      })
      if (expired || value === '') this.jar.delete(name)
      else this.jar.set(name, value)
    }
    return set
  }
}

const nextStores = async () => ({
  ...(await import('next/dist/server/async-storage/request-store')),
  ...(await import('next/dist/server/app-render/work-async-storage.external')),
  ...(await import('next/dist/server/app-render/work-unit-async-storage.external')),
  ...(await import('next/dist/server/web/spec-extension/adapters/request-cookies')),
})

/**
 * Next's request scope for one request, as its app-route module makes it (an API request starts in
 * the phase where cookies may be set, as a server action does). Only the parts of Next's stores
 * that next/headers reads are filled.
 */
async function requestScope(req: Request) {
  const { createRequestStoreForAPI, workAsyncStorage, workUnitAsyncStorage, appendMutableCookies } =
    await nextStores()
  const url = new URL(req.url)
  const requestStore = createRequestStoreForAPI(
    { headers: Object.fromEntries(req.headers) } as never,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() },
    undefined,
    undefined,
    undefined,
  )
  const workStore = {
    route: url.pathname,
    page: url.pathname,
    isStaticGeneration: false,
    forceStatic: false,
    dynamicShouldError: false,
    fetchCache: undefined,
    incrementalCache: undefined,
  }
  return {
    run: <T>(fn: () => Promise<T>) =>
      workAsyncStorage.run(workStore as never, () =>
        workUnitAsyncStorage.run(requestStore as never, fn),
      ),
    /** The cookies the code set through `cookies()`, as Next would send them. */
    setCookieHeaders: () => {
      const h = new Headers()
      appendMutableCookies(h, requestStore.mutableCookies)
      return h
    },
  }
}

/**
 * Calls a route handler the way Next's app-route module does: inside a request scope, with the
 * route's params, and the cookies the handler set through `cookies()` appended to its answer.
 * For a test that stands where Next stands (behind a real HTTP server) rather than a browser.
 */
export async function callRoute(
  handler: TRouteHandler,
  req: Request,
  params: Record<string, string | string[]> = {},
): Promise<Response> {
  const scope = await requestScope(req)
  const res = await scope.run(() => handler(req, { params: Promise.resolve(params as never) }))
  for (const line of scope.setCookieHeaders().getSetCookie()) res.headers.append('set-cookie', line)
  return res
}

/** A form as a browser submits it to a server action. */
export function form(values: Record<string, string>): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}
