import { randomUUID } from 'node:crypto'

import { type Browser, type Page } from '@playwright/test'

import { expect, test } from './support/test'
import { DEMO_PASSWORD, JAMES, SOPHIE } from './support/accounts'
import { t } from './support/i18n'
import { expectNotFoundPage, openOrder, signIn } from './support/portal'

/** The order number in the car page's details (the car switcher names it too, for several cars). */
const orderDetail = (page: Page, orderNumber: string) =>
  page.locator('dd').getByText(orderNumber, { exact: true })

/** Sophie, in a browser of her own, opens her first car and reads its id from the address bar. */
async function sophiesOrderId(browser: Browser): Promise<string> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
  const id = await openOrder(page, 'nl', SOPHIE.orderNumbers[0])
  await expect(orderDetail(page, SOPHIE.orderNumbers[0])).toBeVisible()
  await context.close()
  return id
}

test.describe('customers only ever see their own cars', () => {
  test("James typing the address of Sophie's order gets the portal's 404", async ({
    page,
    browser,
  }) => {
    const sophies = await sophiesOrderId(browser)

    await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
    const response = await page.goto(`/en/orders/${sophies}`)
    expect(response?.status()).toBe(404)
    await expectNotFoundPage(page, 'en')
    await expect(page.getByText(SOPHIE.orderNumbers[0])).toHaveCount(0)
    await expect(page.getByText('Donkervoort P24 RS')).toHaveCount(0)

    // Nothing distinguishes "not yours" from "does not exist" or "not an id at all".
    for (const id of [randomUUID(), 'not-a-uuid', `${sophies}x`]) {
      const r = await page.goto(`/en/orders/${id}`)
      expect(r?.status(), `/en/orders/${id}`).toBe(404)
      await expectNotFoundPage(page, 'en')
    }

    // Paths the proxy does not localise reach the [locale] segment with a non-locale: a 404,
    // never a failed render, even when signed in. (/favicon.ico is a real file now.)
    for (const path of ['/robots.txt', '/apple-touch-icon-precomposed.png']) {
      const r = await page.request.get(path)
      expect(r.status(), path).toBe(404)
    }
    expect((await page.request.get('/favicon.ico')).status()).toBe(200)

    // His own car opens normally.
    await page.goto('/en')
    await openOrder(page, 'en', JAMES.orderNumbers[0])
    const own = await page.reload()
    expect(own?.status()).toBe(200)
    await expect(orderDetail(page, JAMES.orderNumbers[0])).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Donkervoort D8 GTO Individual Series',
    )
  })

  test('the portal is closed to visitors who are not signed in', async ({ page, browser }) => {
    const sophies = await sophiesOrderId(browser)
    for (const [path, login] of [
      ['/en', /\/en\/login$/],
      ['/nl', /\/nl\/login$/],
      [`/en/orders/${sophies}`, new RegExp(`/en/login\\?next=%2Fen%2Forders%2F${sophies}$`)],
    ] as const) {
      await page.goto(path)
      await expect(page, path).toHaveURL(login)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        t(path.startsWith('/nl') ? 'nl' : 'en', 'Login.title'),
      )
    }
    await expect(page.getByTestId('welcome')).toHaveCount(0)

    // Signing in from that deep link goes back to the page the visitor asked for.
    await page.locator('input[name="email"]').fill(SOPHIE.email)
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: t('en', 'Login.submit'), exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/orders/${sophies}$`))
    await expect(orderDetail(page, SOPHIE.orderNumbers[0])).toBeVisible()
    await page.context().clearCookies()

    // The REST API answers no order data to an anonymous caller either.
    const orders = await page.request.get('/api/orders')
    expect(orders.status()).toBe(403)
    expect(await orders.text()).not.toContain(SOPHIE.orderNumbers[0])
  })

  test("REST: James's session reads only James's orders", async ({ page, browser }) => {
    const sophies = await sophiesOrderId(browser)
    await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })

    const list = await page.request.get('/api/orders?limit=100&depth=0')
    expect(list.status()).toBe(200)
    const { docs, totalDocs } = (await list.json()) as {
      docs: { id: string; orderNumber: string; customer: string }[]
      totalDocs: number
    }
    expect(docs.map((d) => d.orderNumber)).toEqual(JAMES.orderNumbers)
    expect(totalDocs).toBe(JAMES.orderNumbers.length)
    expect(docs.map((d) => d.id)).not.toContain(sophies)

    // Neither a direct read nor a query that asks for someone else's orders gets past the rule.
    const direct = await page.request.get(`/api/orders/${sophies}`)
    expect(direct.status()).toBe(404)
    const widened = await page.request.get(`/api/orders?depth=0&where[id][equals]=${sophies}`)
    expect(widened.status()).toBe(200)
    expect(((await widened.json()) as { docs: unknown[] }).docs).toHaveLength(0)
  })
})
