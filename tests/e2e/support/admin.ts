import { expect, type APIRequestContext, type Cookie, type Page } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

import { ADMIN, type TStaffAccount } from './accounts'
import { literal, UUID } from './portal'

/**
 * A verified back-office session per account, reused by later tests in this worker as a browser
 * keeps its cookie: every sign-in spends a code, and the server allows each code once and only a
 * few attempts per account in five minutes. The full sign-in journey is staff-second-factor.e2e.ts.
 */
const sessions = new Map<string, { cookies: Cookie[]; at: number }>()
const REUSE_MS = 8 * 60_000 // well inside the idle limit (STAFF_IDLE_MINUTES, 15 by default)

/** Signs a staff member into the Payload admin: password, then the authenticator code. */
export async function signInToAdmin(page: Page, staff: TStaffAccount = ADMIN) {
  const kept = sessions.get(staff.email)
  if (kept && Date.now() - kept.at < REUSE_MS) {
    await page.context().addCookies(kept.cookies)
    await page.goto('/admin')
    if (/\/admin\/?$/.test(new URL(page.url()).pathname)) return
  }
  await submitAdminPassword(page, staff)
  if (!staff.totpKey) throw new Error(`${staff.email} has no authenticator key in the tests`)
  await enterStaffCode(page, staff.totpKey)
  await expect(page).toHaveURL(/\/admin\/?$/)
  const cookies = (await page.context().cookies()).filter((c) => c.name.endsWith('-token'))
  sessions.set(staff.email, { cookies, at: Date.now() })
}

let apiToken: { token: string; at: number } | undefined

/**
 * A staff JWT for REST calls that has passed the second factor (password, then a code to
 * /api/auth/staff/verify), reused like the browser session above.
 */
export async function staffApiToken(api: APIRequestContext, staff: TStaffAccount = ADMIN) {
  if (staff === ADMIN && apiToken && Date.now() - apiToken.at < REUSE_MS) return apiToken.token
  const login = await api.post('/api/staff/login', {
    data: { email: staff.email, password: staff.password },
  })
  expect(login.status(), 'staff sign-in over REST').toBe(200)
  const { token } = (await login.json()) as { token: string }
  if (!staff.totpKey) throw new Error(`${staff.email} has no authenticator key in the tests`)
  const verified = await api.post('/api/auth/staff/verify', {
    headers: { authorization: `JWT ${token}` },
    data: { method: 'totp', code: await freshTotpCode(staff.totpKey) },
  })
  expect(verified.status(), await verified.text()).toBe(200)
  if (staff === ADMIN) apiToken = { token, at: Date.now() }
  return token
}

/** The first step only: lands on the second-factor screen (or wherever the admin sends us). */
export async function submitAdminPassword(page: Page, staff: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(staff.email)
  await page.locator('#field-password').fill(staff.password)
  await page.getByRole('button', { name: 'Login', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/two-step/)
}

const PERIOD_MS = 30_000
/** Per key, the last time step whose code a test used: the server accepts each step once. */
const lastStep = new Map<string, number>()

/**
 * A code the server has not seen yet for this key: the current step's, or the next one's (the
 * server accepts one step of drift). Waits for the clock when both are used up.
 */
export async function freshTotpCode(key: string): Promise<string> {
  const used = lastStep.get(key) ?? -1
  let step = Math.max(Math.floor(Date.now() / PERIOD_MS), used + 1)
  while (step > Math.floor(Date.now() / PERIOD_MS) + 1) {
    await new Promise((r) => setTimeout(r, 1_000))
  }
  step = Math.max(step, Math.floor(Date.now() / PERIOD_MS))
  lastStep.set(key, step)
  const totp = new TOTP({
    secret: Secret.fromBase32(key.replace(/\s/g, '')),
    digits: 6,
    period: 30,
  })
  return totp.generate({ timestamp: step * PERIOD_MS + 1_000 })
}

/** Second step of the staff sign-in: types a fresh authenticator code and continues. */
export async function enterStaffCode(page: Page, key: string) {
  await page.getByLabel('Authentication code').fill(await freshTotpCode(key))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  // A fresh worker does not know which steps earlier workers used: one more try with a later step.
  const refused = page.getByRole('alert').filter({ hasText: 'not right' })
  const outcome = await Promise.race([
    page.waitForURL(/\/admin\/?$/).then(
      () => 'in' as const,
      () => 'unknown' as const,
    ),
    refused.waitFor().then(
      () => 'refused' as const,
      () => 'unknown' as const,
    ),
  ])
  if (outcome === 'refused') {
    lastStep.set(key, Math.floor(Date.now() / PERIOD_MS) + 1)
    await page.getByLabel('Authentication code').fill(await freshTotpCode(key))
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
  }
}

/**
 * Chooses an option in one of Payload's react-select fields (select or relationship): opens the
 * field, types to filter, clicks the option whose label starts with `option` ("English" picks
 * "English (EN)"), and checks that it was taken.
 */
export async function chooseOption(page: Page, field: string, option: string, search = option) {
  const container = page.locator(`#field-${field}`)
  await container.locator('.rs__control').click()
  await container.locator('input.rs__input').fill(search)
  await page
    .locator('.rs__option')
    .filter({ hasText: new RegExp(`^${literal(option)}`) })
    .click()
  // Relationship values also hold an "Edit" button, hence "contains".
  await expect(container.locator('.rs__single-value')).toContainText(option)
}

/** Saves the document being created and returns its id once the admin has navigated to it. */
async function saveNew(page: Page, collection: string): Promise<string> {
  await page.locator('#action-save').click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/${collection}/${UUID.source}`), {
    timeout: 20_000,
  })
  return UUID.exec(new URL(page.url()).pathname)![0]
}

export async function createCustomerInAdmin(
  page: Page,
  c: {
    email: string
    firstName: string
    lastName: string
    /** As the language picker names it: English, Nederlands, Deutsch. */
    language: string
    accountManager: string
  },
): Promise<string> {
  await page.goto('/admin/collections/customers/create')
  await page.locator('#field-email').fill(c.email)
  await page.locator('#field-firstName').fill(c.firstName)
  await page.locator('#field-lastName').fill(c.lastName)
  await chooseOption(page, 'preferredLocale', c.language)
  await chooseOption(page, 'accountManager', c.accountManager, c.accountManager.split(' ')[0])
  const id = await saveNew(page, 'customers')
  await expect(page.getByText('Customer successfully created.')).toBeVisible()
  return id
}

export async function createOrderInAdmin(
  page: Page,
  o: {
    orderNumber: string
    customer: string
    customerSearch: string
    model: string
    stage: string
  },
): Promise<string> {
  await page.goto('/admin/collections/orders/create')
  await page.locator('#field-orderNumber').fill(o.orderNumber)
  await chooseOption(page, 'customer', o.customer, o.customerSearch)
  await chooseOption(page, 'model', o.model)
  await chooseOption(page, 'stage', o.stage)
  const id = await saveNew(page, 'orders')
  await expect(page.getByText('Order successfully created.')).toBeVisible()
  return id
}
