/**
 * A stand-in for `next/headers` so server actions run in integration tests as they would in one
 * browser: one cookie jar that the actions read and write, and the request headers they see
 * (client address, user agent). Tests switch browsers with `switchBrowser`.
 */
type TCookie = { name: string; value: string }

export type TBrowser = { jar: Map<string, string>; headers: Headers }

let current: TBrowser = newBrowser()

export function newBrowser(ip = '203.0.113.7'): TBrowser {
  return {
    jar: new Map(),
    headers: new Headers({ 'x-forwarded-for': ip, 'user-agent': 'vitest browser' }),
  }
}

export function switchBrowser(browser: TBrowser) {
  current = browser
}

export async function cookies() {
  const jar = current.jar
  return {
    get: (name: string): TCookie | undefined =>
      jar.has(name) ? { name, value: jar.get(name)! } : undefined,
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => {
      jar.set(name, value)
    },
    delete: (name: string) => {
      jar.delete(name)
    },
  }
}

export async function headers() {
  const h = new Headers(current.headers)
  const cookie = [...current.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  if (cookie) h.set('cookie', cookie)
  return h
}
