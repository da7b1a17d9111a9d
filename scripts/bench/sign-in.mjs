// Signs a demo customer in through the real sign-in form in Chromium, as a person would.
import { readFileSync } from 'node:fs'

import { Secret, TOTP } from 'otpauth'
import { chromium } from 'playwright'

import { CHROMIUM_LAUNCH, ensureChromium } from '../lib/chromium.mjs'

const demo = JSON.parse(
  readFileSync(new URL('../../src/seed/demo-accounts.json', import.meta.url), 'utf8'),
)

/** The first demo customer of a locale (the benchmarks sign in as one), and the demo password. */
export function demoCustomer(locale) {
  return { email: demo.customers.find((c) => c.locale === locale)?.email, password: demo.password }
}

export function launchBrowser() {
  return chromium.launch({ ...CHROMIUM_LAUNCH, executablePath: ensureChromium() })
}

/**
 * @param {{ browser: import('playwright').Browser, base: string, locale: string, email: string, password: string }} args
 * @returns {Promise<{ context: import('playwright').BrowserContext, cookie: string }>}
 */
export async function signIn({ browser, base, locale, email, password }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/${locale}/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', password)
  await Promise.all([page.waitForURL(`${base}/${locale}`), page.click('button[type=submit]')])
  await page.close()
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  return { context, cookie }
}

/** A verified staff token of the demo administrator: password, then a code from the demo authenticator key. */
export async function adminToken(base) {
  const admin = demo.staff.find((s) => s.role === 'admin')
  const login = await fetch(`${base}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: demo.password }),
  })
  if (!login.ok) throw new Error(`staff sign-in: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  const code = new TOTP({ secret: Secret.fromBase32(demo.staffTotpKey) }).generate()
  const verified = await fetch(`${base}/api/auth/staff/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ method: 'totp', code }),
  })
  if (!verified.ok)
    throw new Error(`staff second factor: ${verified.status} ${await verified.text()}`)
  return token
}
