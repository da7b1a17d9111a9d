import { expect, type APIResponse, type BrowserContext, type Page } from '@playwright/test'

/**
 * Watches a browser context for what a broken security policy shows in the console: CSP
 * violations (also reported through the `securitypolicyviolation` event, with the directive)
 * and Permissions-Policy errors. Returns the list, which the test expects to stay empty.
 */
export async function watchPolicyProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = []
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // Runs in the browser page: the console is how the report reaches the test.
      // eslint-disable-next-line no-console
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
    })
  })
  const watch = (page: Page) =>
    page.on('console', (m) => {
      if (/Content Security Policy|CSP violation|Permissions-Policy/i.test(m.text()))
        problems.push(`${page.url()}: ${m.text()}`)
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  return problems
}

type TKind = 'page' | 'api' | 'static'

/** The headers every response carries, and the CSP its kind gets (nonce policy or run-nothing). */
export function expectSecurityHeaders(res: APIResponse, kind: TKind, what: string) {
  const h = res.headers()
  expect(h['x-content-type-options'], what).toBe('nosniff')
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(h['x-frame-options'], what).toBe('DENY')
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin')
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect(h['permissions-policy'], what).toContain(`${feature}=()`)
  // Plain HTTP in the test run: HSTS would pin localhost to HTTPS.
  expect(h['strict-transport-security'], what).toBeUndefined()
  const csp = h['content-security-policy'] ?? ''
  expect(csp, what).not.toContain('\n') // exactly one policy
  expect(csp, what).toContain("frame-ancestors 'none'")
  if (kind === 'page') {
    expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/)
    expect(csp, what).not.toContain("'unsafe-eval'")
    expect(h['x-request-id'], what).toMatch(/^[\w.-]{8,128}$/)
  } else {
    expect(csp, what).toContain("default-src 'none'")
    expect(csp, what).toContain("script-src 'none'")
  }
}

/** Text that only shows up when internals leak: stack frames, build or source paths. */
export const LEAK = /\n\s+at |node_modules|webpack-internal|\.next(-\w+)?\/server|\/src\/|"stack"/
