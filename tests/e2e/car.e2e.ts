import { readFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'

import { expect, test } from './support/test'
import { DEMO_PASSWORD, DEMO_STAFF_TOTP_KEY, ANOUK, SOPHIE } from './support/accounts'
import { staffApiToken } from './support/admin'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { carCard, signIn, UUID } from './support/portal'

const MANAGER = { email: ANOUK.email, password: DEMO_PASSWORD, totpKey: DEMO_STAFF_TOTP_KEY }

test.describe('my car', () => {
  test('after the account manager publishes an update, the customer’s bell shows one unread', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    // A customer of the account manager's own, so the demo customers' counts stay as they are.
    const customer = await activeCustomer(page, { locale: 'en', firstName: 'Morgan' })
    await expect(page.getByTestId('notification-count')).toHaveCount(0)
    const admin = { authorization: `JWT ${await staffApiToken(request)}` }
    const managers = await request.get(
      `/api/staff?where[email][equals]=${encodeURIComponent(ANOUK.email)}&depth=0`,
      { headers: admin },
    )
    const managerId = (await managers.json()).docs[0].id
    const assigned = await request.patch(`/api/customers/${customer.id}`, {
      headers: admin,
      data: { accountManager: managerId },
    })
    expect(assigned.status(), await assigned.text()).toBe(200)

    const auth = { authorization: `JWT ${await staffApiToken(request, MANAGER)}` }
    const order = await request.post('/api/orders', {
      headers: auth,
      data: {
        orderNumber: `E2E-${randomBytes(3).toString('hex').toUpperCase()}`,
        customer: customer.id,
        model: 'f22',
        stage: 'production',
      },
    })
    expect(order.status(), await order.text()).toBe(201)
    const published = await request.post('/api/production-updates', {
      headers: auth,
      data: {
        order: (await order.json()).doc.id,
        title: 'Your chassis is bonded',
        _status: 'published',
      },
    })
    expect(published.status(), await published.text()).toBe(201)

    await page.reload()
    await expect(page.getByTestId('notification-count')).toHaveText('1')
  })

  test.describe('on a 390 px phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    test('My car shows the configuration with swatches and the VIN, switches cars and fits the screen', async ({
      page,
    }) => {
      await signIn(page, { email: SOPHIE.email, locale: 'nl' })
      await carCard(page, 'nl', SOPHIE.orderNumbers[0])
        .getByRole('link', { name: t('nl', 'MyCar.myCar') })
        .click()
      await expect(page).toHaveURL(new RegExp(`/nl/orders/${UUID.source}/car$`))
      await expect(page).toHaveTitle(new RegExp(`^${t('nl', 'Shell.titles.car')} · `))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        t('nl', 'MyCar.title', { model: 'Donkervoort P24 RS' }),
      )
      await expect(page.getByTestId('vin')).toHaveText('XM9P24RS0SL000418')
      const config = page.getByTestId('car-configuration')
      await expect(config).toContainText('Cognackleurig leer met contraststiksel')
      await expect(config).toContainText(t('nl', 'Order.groups.options'))
      expect(await page.getByTestId('swatch').count()).toBeGreaterThanOrEqual(4)
      await expectNoHorizontalScroll(page, 'My car')

      // Sophie has two cars: the switcher takes her to the other one's My car.
      const switcher = page.getByTestId('car-switcher')
      await switcher.getByRole('link', { name: new RegExp(SOPHIE.orderNumbers[1]) }).click()
      await expect(page).toHaveURL(new RegExp(`/nl/orders/${UUID.source}/car$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        t('nl', 'MyCar.title', { model: 'Donkervoort F22' }),
      )
      await expect(page.getByTestId('vin')).toHaveText(t('nl', 'MyCar.vinPending'))
      await expect(switcher.locator('[aria-current="page"]')).toContainText(SOPHIE.orderNumbers[1])
      await expectNoHorizontalScroll(page, 'My car of the second car')
    })
  })

  test('the build sheet downloads as a PDF', async ({ page }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl' })
    await carCard(page, 'nl', SOPHIE.orderNumbers[0])
      .getByRole('link', { name: t('nl', 'MyCar.myCar') })
      .click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('build-sheet').click(),
    ])
    expect(download.suggestedFilename()).toBe(
      `Donkervoort-${SOPHIE.orderNumbers[0]}-build-sheet.pdf`,
    )
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })
})
