/**
 * Next's request scope for route handlers called directly in a test. `cookies()` and `headers()`
 * from next/headers only work inside a running Next server; here a TestBrowser stands in for the
 * browser: its cookie jar is what the handler reads and writes, as a browser would keep it.
 * Use with `vi.mock('next/headers', ...)` (see passkeys.int.test.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

type TCookieOptions = Record<string, unknown>

export class TestBrowser {
  readonly jar = new Map<string, string>()
  constructor(
    readonly ip: string,
    readonly origin: string,
  ) {}

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  /** Runs server code (a helper that sets a cookie, say) as if during this browser's request. */
  async run<T>(fn: () => Promise<T>, headers = new Headers()): Promise<T> {
    return scopes.run({ browser: this, headers }, fn)
  }

  /** Sends a request to a route handler, with this browser's cookies, address and origin. */
  async send(
    handler: (req: Request) => Promise<Response>,
    args: { method?: string; path: string; body?: unknown; origin?: string | null },
  ) {
    const headers = new Headers({ 'x-forwarded-for': this.ip, 'user-agent': 'vitest-browser' })
    const origin = args.origin === undefined ? this.origin : args.origin
    if (origin) headers.set('origin', origin)
    const cookie = this.cookieHeader()
    if (cookie) headers.set('cookie', cookie)
    if (args.body !== undefined) headers.set('content-type', 'application/json')
    const req = new Request(`${this.origin}${args.path}`, {
      method: args.method ?? (args.body === undefined ? 'GET' : 'POST'),
      headers,
      body: args.body === undefined ? undefined : JSON.stringify(args.body),
    })
    const res = await this.run(() => handler(req), headers)
    const text = await res.text()
    let json: Record<string, unknown> = {}
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      json = { text }
    }
    return { status: res.status, headers: res.headers, json }
  }
}

const scopes = new AsyncLocalStorage<{ browser: TestBrowser; headers: Headers }>()

function scope() {
  const current = scopes.getStore()
  if (!current) throw new Error('next/headers used outside a TestBrowser request')
  return current
}

function jarApi(jar: Map<string, string>) {
  const nameOf = (a: unknown) => (typeof a === 'string' ? a : (a as { name: string }).name)
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (a: string | { name: string; value: string }, value?: string, _o?: TCookieOptions) => {
      if (typeof a === 'string') jar.set(a, value ?? '')
      else jar.set(a.name, a.value)
    },
    delete: (a: string | { name: string }) => {
      jar.delete(nameOf(a))
    },
  }
}

export const nextHeadersForTests = {
  cookies: async () => jarApi(scope().browser.jar),
  headers: async () => scope().headers,
}
