import { type Locator, type Page } from '@playwright/test'

import { expect, test } from './support/test'
import { measureFirstLoadJs } from '../../scripts/bench/first-load-js.mjs'
import { ANOUK, DEMO_PASSWORD, DEMO_STAFF_TOTP_KEY, JAMES, SOPHIE } from './support/accounts'
import { enterStaffCode, signInToAdmin, staffApiToken, submitAdminPassword } from './support/admin'
import { t, type TLocale } from './support/i18n'
import { openOrder, signIn } from './support/portal'

const LOCALES: TLocale[] = ['nl', 'en', 'de']
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const title = (locale: TLocale, key: string) => `${t(locale, `Shell.titles.${key}`)} · Donkervoort`

/**
 * Boxes of the elements that overlap one another, are clipped (content wider or taller than the
 * box) or stick out of their container: text a customer cannot read whole.
 */
async function layoutProblems(
  items: Locator,
  container: string,
  { singleLine = true } = {},
): Promise<string[]> {
  return items.evaluateAll(
    (els, { containerSelector, singleLine }) => {
      const problems: string[] = []
      const boxes = els.map((el) => ({ el, r: el.getBoundingClientRect(), text: el.textContent }))
      for (const { el, r, text } of boxes) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`"${text}" is clipped sideways`)
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || r.height
        if (singleLine && r.height > lineHeight * 1.6)
          problems.push(`"${text}" breaks over two lines`)
        const box = el.closest(containerSelector)?.getBoundingClientRect()
        if (box && (r.left < box.left - 1 || r.right > box.right + 1))
          problems.push(`"${text}" sticks out of its ${containerSelector}`)
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].r, boxes[j].r]
          const apart =
            a.right <= b.left + 0.5 ||
            b.right <= a.left + 0.5 ||
            a.bottom <= b.top + 0.5 ||
            b.bottom <= a.top + 0.5
          if (!apart) problems.push(`"${boxes[i].text}" overlaps "${boxes[j].text}"`)
        }
      return problems
    },
    { containerSelector: container, singleLine },
  )
}

async function expectStageBarsReadable(page: Page, what: string) {
  await page.waitForLoadState('load')
  await page.evaluate(() => document.fonts.ready)
  const bars = page.getByTestId('stage-bar')
  expect(await bars.count(), `${what}: stage bars`).toBeGreaterThan(0)
  for (const bar of await bars.all()) {
    const labels = bar.getByTestId('stage-label')
    await expect(labels).toHaveCount(5)
    expect(await layoutProblems(labels, '[data-testid="stage-progress"]'), what).toEqual([])
  }
}

/** The sections the header lists, in order (src/features/shell/nav-items.ts). */
const SECTIONS = [
  'home',
  'orders',
  'documents',
  'messages',
  'media',
  'events',
  'help',
  'account',
] as const

test.describe('navigation', () => {
  test('desktop: the sections in three languages, the current one marked, each page titled', async ({
    page,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    for (const locale of LOCALES) {
      await page.goto(`/${locale}`)
      await expect(page).toHaveTitle(title(locale, 'home'))
      const nav = page.getByRole('navigation', { name: t(locale, 'Shell.navLabel') })
      await expect(nav.getByRole('link')).toHaveText(
        SECTIONS.map((k) => t(locale, `Shell.nav.${k}`)),
      )
      await expect(nav.getByRole('link', { name: t(locale, 'Shell.nav.home') })).toHaveAttribute(
        'aria-current',
        'page',
      )
      await expect(page.getByTestId('phone-menu-button')).toBeHidden()
      // All eight sections fit beside the bell, language and sign-out: nothing overlaps.
      const sections = (await page.getByTestId('nav-account').boundingBox())!
      const bell = (await page.getByTestId('notification-bell').boundingBox())!
      expect(
        sections.x + sections.width,
        `${locale}: the last section ends before the bell`,
      ).toBeLessThanOrEqual(bell.x)

      // Changing section is a client-side navigation: the document (and this mark) stays.
      await page.evaluate(() => Object.assign(window, { shellMark: true }))
      await nav.getByRole('link', { name: t(locale, 'Shell.nav.orders') }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/orders$`))
      expect(await page.evaluate(() => 'shellMark' in window)).toBe(true)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'Orders.title'))
      await expect(page).toHaveTitle(title(locale, 'orders'))
      await expect(page.getByTestId('orders-list-item')).toHaveCount(SOPHIE.orderNumbers.length)
      const orders = nav.getByRole('link', { name: t(locale, 'Shell.nav.orders') })
      await expect(orders).toHaveAttribute('aria-current', 'page')
      await expect(
        nav.getByRole('link', { name: t(locale, 'Shell.nav.home') }),
      ).not.toHaveAttribute('aria-current')

      await nav.getByRole('link', { name: t(locale, 'Shell.nav.account') }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/account/security$`))
      await expect(page).toHaveTitle(title(locale, 'account'))
    }
    // A modifier click is the browser's: a new tab, this page unchanged.
    await page.goto('/en')
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .getByRole('navigation', { name: t('en', 'Shell.navLabel') })
        .getByRole('link', { name: t('en', 'Shell.nav.documents') })
        .click({ modifiers: ['ControlOrMeta'] }),
    ])
    await tab.waitForLoadState()
    expect(new URL(tab.url()).pathname).toBe('/en/documents')
    await tab.close()
    await expect(page).toHaveURL(/\/en$/)
    // The car page is titled after the car.
    await openOrder(page, 'en', SOPHIE.orderNumbers[0])
    await expect(page).toHaveTitle(`Donkervoort P24 RS ${SOPHIE.orderNumbers[0]} · Donkervoort`)
  })

  test.describe('on a phone', () => {
    test.use(PHONE)

    test('the compact menu works by keyboard and announces its state, in three languages', async ({
      page,
    }) => {
      await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
      for (const locale of LOCALES) {
        await page.goto(`/${locale}`)
        await expect(page.getByTestId('main-nav')).toBeHidden()
        const button = page.getByRole('button', { name: t(locale, 'Shell.menu') })
        await expect(button).toBeInViewport()
        await expect(button).toHaveAttribute('aria-expanded', 'false')

        await button.focus()
        await page.keyboard.press('Enter')
        await expect(button).toHaveAttribute('aria-expanded', 'true')
        const menu = page.getByTestId('phone-menu')
        const sections = menu.getByRole('navigation', { name: t(locale, 'Shell.navLabel') })
        await expect(sections.getByRole('link')).toHaveText(
          SECTIONS.map((k) => t(locale, `Shell.nav.${k}`)),
        )
        // Focus moved into the menu, on the current section; Escape closes and returns focus.
        await expect(
          sections.getByRole('link', { name: t(locale, 'Shell.nav.home') }),
        ).toBeFocused()
        await page.keyboard.press('Escape')
        await expect(menu).toBeHidden()
        await expect(button).toBeFocused()
        await expect(button).toHaveAttribute('aria-expanded', 'false')

        // Open again, Tab to "My cars", Enter: the page changes and the menu closes.
        await page.keyboard.press('Enter')
        await expect(menu).toBeVisible()
        // Focus moves into the menu once it has opened; Tab only from there.
        await expect(
          sections.getByRole('link', { name: t(locale, 'Shell.nav.home') }),
        ).toBeFocused()
        await page.keyboard.press('Tab')
        await expect(
          sections.getByRole('link', { name: t(locale, 'Shell.nav.orders') }),
        ).toBeFocused()
        await page.keyboard.press('Enter')
        await expect(page).toHaveURL(new RegExp(`/${locale}/orders$`))
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'Orders.title'))
        await expect(menu).toBeHidden()
      }
    })
  })
})

test.describe('page furniture', () => {
  test('signed-out pages have their own titles, and the favicon and icons exist', async ({
    page,
    request,
  }) => {
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/login`)
      await expect(page).toHaveTitle(title(locale, 'login'))
      await page.goto(`/${locale}/forgot-password`)
      await expect(page).toHaveTitle(title(locale, 'forgot'))
    }
    const favicon = await request.get('/favicon.ico')
    expect(favicon.status()).toBe(200)
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
    const icons = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))
    expect(icons.length).toBeGreaterThanOrEqual(2)
    for (const href of icons) expect((await request.get(href)).status(), href).toBe(200)
  })

  test('a signed-in 404 keeps the header and navigation, titled as such', async ({ page }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    for (const locale of LOCALES) {
      const response = await page.goto(`/${locale}/no-such-page`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        t(locale, 'Errors.notFoundTitle'),
      )
      await expect(page).toHaveTitle(title(locale, 'notFound'))
      const nav = page.getByRole('navigation', { name: t(locale, 'Shell.navLabel') })
      await expect(nav.getByRole('link', { name: t(locale, 'Shell.nav.orders') })).toBeVisible()
      await expect(page.getByRole('button', { name: t(locale, 'Common.signOut') })).toBeVisible()
    }
    // Someone else's (or no) car: the same 404, still inside the signed-in shell.
    await page.goto('/en/orders/00000000-0000-4000-8000-000000000000')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      t('en', 'Errors.notFoundTitle'),
    )
    await expect(page.getByTestId('main-nav')).toBeVisible()
  })

  test('the LCP hero image is fetched first, and each model has its own picture', async ({
    page,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
    // Sophie's newest order (the F22) leads the dashboard; the hero shows that car.
    const hero = page.locator('img[fetchpriority="high"]')
    await expect(hero).toHaveCount(1)
    await expect(hero).toHaveAttribute('src', /\/cars\/f22-profile-\d+\.webp$/)
    await expect(page.locator('link[rel="preload"][as="image"][fetchpriority="high"]')).toHaveCount(
      1,
    )
    const pictures = await page
      .getByTestId('car-card')
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).getAttribute('src')))
    expect(pictures).toEqual([
      expect.stringContaining('/cars/f22-'),
      expect.stringContaining('/cars/p24-rs-'),
    ])
  })
})

test.describe('the stage bar reads whole', () => {
  for (const screen of [
    { name: 'desktop 1440', use: { viewport: { width: 1440, height: 900 } } },
    { name: 'phone 390', use: PHONE },
  ]) {
    test.describe(screen.name, () => {
      test.use(screen.use)

      test('no stage name is clipped, broken or overlapping, in nl, en and de', async ({
        page,
      }) => {
        await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
        for (const locale of LOCALES) {
          await page.goto(`/${locale}`)
          await expectStageBarsReadable(page, `${screen.name} dashboard /${locale}`)
          // The car card's facts side by side (or stacked) never run into each other.
          for (const card of await page.getByTestId('car-card').all())
            expect(
              // Labels may wrap between words; they must not run into each other.
              await layoutProblems(card.locator('dt'), 'dl', { singleLine: false }),
              `${screen.name} car card /${locale}`,
            ).toEqual([])
          await openOrder(page, locale, SOPHIE.orderNumbers[0])
          await expectStageBarsReadable(page, `${screen.name} car page /${locale}`)
        }
      })

      test('the check itself notices a label that runs into its neighbour', async ({ page }) => {
        await signIn(page, { email: SOPHIE.email, locale: 'de', firstName: SOPHIE.firstName })
        const labels = page.getByTestId('stage-bar').first().getByTestId('stage-label')
        await labels.first().evaluate((el) => {
          el.textContent = 'Endmontage'.repeat(12)
          el.style.overflow = 'visible'
        })
        expect(
          (await layoutProblems(labels, '[data-testid="stage-progress"]')).length,
        ).toBeGreaterThan(0)
      })
    })
  }
})

test('a delivered car says so instead of "current stage: step 5 of 5"', async ({ page }) => {
  await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
  const summary = page.getByTestId('car-card').getByTestId('stage-summary')
  await expect(summary).toHaveText(t('en', 'Dashboard.delivered'))
  await expect(page.getByTestId('car-card')).not.toContainText(t('en', 'Dashboard.currentStage'))
  await expect(page.getByTestId('car-card')).toContainText(t('en', 'Orders.build'))
})

test('the account manager and the configuration read in the customer’s language', async ({
  page,
}) => {
  await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
  const card = page.getByTestId('manager-card')
  await expect(card).toContainText('Senior accountmanager')
  // The number shows once, on the button that dials it.
  const phone = '+31 320 200 101'
  expect((await card.innerText()).split(phone).length - 1).toBe(1)
  await expect(
    card.getByRole('link', { name: `${t('nl', 'Manager.call')} ${phone}` }),
  ).toBeVisible()
  await openOrder(page, 'nl', SOPHIE.orderNumbers[0])
  await expect(page.getByText('Carrosserie in zichtcarbon, satijnen blanke lak')).toBeVisible()
  await page.goto(page.url().replace('/nl/', '/de/'))
  await expect(page.getByText('Karosserie in Sichtcarbon, seidenmatter Klarlack')).toBeVisible()
})

test('staff second-factor page has its own route and answers 200', async ({ page }) => {
  await submitAdminPassword(page, {
    email: 'pieter@donkervoort.example',
    password: 'Lelystad-Demo-2026',
  })
  const response = await page.goto('/admin/two-step')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-step verification')
  await enterStaffCode(page, DEMO_STAFF_TOTP_KEY)
  await expect(page).toHaveURL(/\/admin\/?$/)
})

test('first-load JavaScript on sign-in, dashboard, documents, the car pages and events stays within 120 KiB', async ({
  page,
  context,
}) => {
  const login = await measureFirstLoadJs(context, '/en/login')
  await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
  const car = `/en/orders/${await openOrder(page, 'en', SOPHIE.orderNumbers[0])}`
  const dashboard = await measureFirstLoadJs(context, '/en')
  const documents = await measureFirstLoadJs(context, '/en/documents')
  const carPage = await measureFirstLoadJs(context, car)
  const myCar = await measureFirstLoadJs(context, `${car}/car`)
  const events = await measureFirstLoadJs(context, '/en/events')
  test.info().annotations.push({
    type: 'first-load JS (compressed KiB)',
    description: `login ${login.compressedKiB}, dashboard ${dashboard.compressedKiB}, documents ${documents.compressedKiB}, car ${carPage.compressedKiB}, my car ${myCar.compressedKiB}, events ${events.compressedKiB}`,
  })
  // Issue 10's budget is 120 KiB per customer route. Measured with brotli static files
  // (scripts/bench/first-load-js.mjs): login ~119.7, dashboard and documents ~118.2, car page and
  // my car ~118.8, events ~119.2 KiB, nearly all of it React DOM, the router and the RSC runtime
  // (~110.5 KiB). The shell's links are our own (src/lib/i18n/link.tsx), not next/link; a client
  // component imports its icons one file each (src/components/ui/icons/).
  expect(login.compressedKiB).toBeLessThanOrEqual(120)
  expect(dashboard.compressedKiB).toBeLessThanOrEqual(119)
  expect(documents.compressedKiB).toBeLessThanOrEqual(119)
  expect(carPage.compressedKiB).toBeLessThanOrEqual(119.5)
  expect(myCar.compressedKiB).toBeLessThanOrEqual(119.5)
  expect(events.compressedKiB).toBeLessThanOrEqual(120)
})

test.describe('back office', () => {
  const anouk = { email: ANOUK.email, password: DEMO_PASSWORD, totpKey: DEMO_STAFF_TOTP_KEY }

  test("an account manager's dashboard opens with Today; a customer's screen lists their cars", async ({
    page,
  }) => {
    await signInToAdmin(page, anouk)
    const today = page.getByTestId('today-panel')
    await expect(today).toBeVisible()
    await expect(today).toContainText('Your customers')
    await expect(today.locator('.dv-today__figure').first()).toHaveText(/^Your customers\s*\d+$/)
    // The emblem fits the breadcrumb's box instead of being cut off.
    const fits = await page.locator('.step-nav__home').evaluate((home) => {
      const box = home.getBoundingClientRect()
      const svg = home.querySelector('svg')!.getBoundingClientRect()
      return (
        svg.width > 0 &&
        svg.left >= box.left - 0.5 &&
        svg.right <= box.right + 0.5 &&
        svg.top >= box.top - 0.5 &&
        svg.bottom <= box.bottom + 0.5
      )
    })
    expect(fits).toBe(true)

    const token = await staffApiToken(page.request, anouk)
    const found = await page.request.get(
      `/api/customers?where[email][equals]=${encodeURIComponent(SOPHIE.email)}&depth=0`,
      { headers: { authorization: `JWT ${token}` } },
    )
    expect(found.status()).toBe(200)
    const { docs } = (await found.json()) as { docs: { id: string }[] }
    await page.goto(`/admin/collections/customers/${docs[0].id}`)
    for (const number of SOPHIE.orderNumbers) await expect(page.getByText(number)).toBeVisible()
  })
})
