import { expect, type BrowserContext, type Page } from '@playwright/test'

import { E2E } from '../../../playwright.config'
import { DEMO_PASSWORD } from './accounts'
import { t, type TLocale } from './i18n'

/** Plain HTTP locally, so the cookie carries no __Host- prefix (see src/lib/auth/cookies.ts). */
export const SESSION_COOKIE = 'dv_session'

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

/** Escapes text for use inside a RegExp. */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Signs a customer in through the portal's own form and waits for the dashboard. */
export async function signIn(
  page: Page,
  args: { email: string; locale: TLocale; password?: string; firstName?: string },
) {
  const { email, locale, password = DEMO_PASSWORD } = args
  await page.goto(`/${locale}/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: t(locale, 'Login.submit'), exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}$`))
  if (args.firstName)
    await expect(page.getByTestId('welcome')).toHaveText(
      t(locale, 'Dashboard.welcome', { name: args.firstName }),
    )
  else await expect(page.getByTestId('welcome')).toBeVisible()
}

/** The customer's car card for one order number on the dashboard. */
export function carCard(page: Page, locale: TLocale, orderNumber: string) {
  return page
    .getByTestId('car-card')
    .filter({ hasText: t(locale, 'Dashboard.orderNumber', { number: orderNumber }) })
}

/** From the dashboard, opens an order's detail page and returns the order id from the URL. */
export async function openOrder(page: Page, locale: TLocale, orderNumber: string): Promise<string> {
  await carCard(page, locale, orderNumber)
    .getByRole('link', { name: t(locale, 'Dashboard.viewCar') })
    .click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/orders/${UUID.source}$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return UUID.exec(new URL(page.url()).pathname)![0]
}

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies(E2E.baseURL)).find((c) => c.name === SESSION_COOKIE)
}

export async function setSessionCookie(context: BrowserContext, value: string) {
  await context.addCookies([
    { name: SESSION_COOKIE, value, url: E2E.baseURL, httpOnly: true, sameSite: 'Lax' },
  ])
}

/** The portal's translated 404 page, as a customer sees it. */
export async function expectNotFoundPage(page: Page, locale: TLocale) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    t(locale, 'Errors.notFoundTitle'),
  )
  await expect(page.getByText(t(locale, 'Errors.notFoundBody'))).toBeVisible()
}
