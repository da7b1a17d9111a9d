import { expect, test } from './support/test'
import { SOPHIE } from './support/accounts'
import { t } from './support/i18n'
import { expectNoHorizontalScroll, horizontalOverflow } from './support/layout'
import { openOrder, signIn } from './support/portal'

const SCREENS = [
  {
    name: 'phone 390×844',
    use: {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 3,
    },
  },
  {
    name: 'tablet 820×1180',
    use: {
      viewport: { width: 820, height: 1180 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    },
  },
]

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name}`, () => {
    test.use(screen.use)

    test('login, dashboard and order page fit the screen without sideways scrolling', async ({
      page,
    }) => {
      await page.goto('/nl/login')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'Login.title'))
      await expectNoHorizontalScroll(page, 'login page')

      await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
      await expect(page.getByTestId('car-card')).toHaveCount(SOPHIE.orderNumbers.length)
      await expect(page.getByTestId('manager-card')).toBeVisible()
      await expectNoHorizontalScroll(page, 'dashboard /nl')

      await openOrder(page, 'nl', SOPHIE.orderNumbers[0])
      await expect(
        page.getByRole('heading', { name: t('nl', 'Order.configuration') }),
      ).toBeVisible()
      await expectNoHorizontalScroll(page, 'order page')

      // Header controls stay usable at this width.
      await expect(page.getByTestId('locale-switcher')).toBeInViewport()
      await expect(page.getByRole('button', { name: t('nl', 'Common.signOut') })).toBeInViewport()
    })

    test('the sideways-scroll check notices a page that is too wide', async ({ page }) => {
      // Guards the check above against passing vacuously under mobile emulation.
      await page.goto('/nl/login')
      await page.waitForLoadState('load')
      expect(await horizontalOverflow(page)).toBe(0)
      await page.evaluate(() => {
        const wide = document.createElement('div')
        wide.style.width = `${window.innerWidth + 200}px`
        wide.style.height = '10px'
        document.body.append(wide)
      })
      await expect.poll(() => horizontalOverflow(page)).toBeGreaterThan(0)
    })
  })
}
