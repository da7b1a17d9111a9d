import { test as base } from '@playwright/test'

export { expect } from '@playwright/test'

/**
 * The portal under test runs as it would behind one reverse proxy (TRUSTED_PROXY_HOPS=1 in
 * playwright.config.ts), and every browser context is a different visitor with its own address in
 * X-Forwarded-For. Per-IP rate limits then apply per visitor, as in production, instead of the
 * whole suite sharing one address and one budget. Tests that need several requests from one
 * address make them in one context.
 */
let contexts = 0
const nextAddress = () => {
  contexts += 1
  return `10.${process.pid % 250}.${Math.floor(contexts / 250) % 250}.${(contexts % 250) + 1}`
}

export const test = base.extend<object, { visitorAddresses: void }>({
  visitorAddresses: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser)
      browser.newContext = (options = {}) =>
        newContext({
          ...options,
          extraHTTPHeaders: { 'x-forwarded-for': nextAddress(), ...options.extraHTTPHeaders },
        })
      await use()
    },
    { scope: 'worker', auto: true },
  ],
})
