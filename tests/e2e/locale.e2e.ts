import { type Page } from '@playwright/test'

import { expect, test } from './support/test'
import { SOPHIE } from './support/accounts'
import { t, type TLocale } from './support/i18n'
import { openOrder, signIn } from './support/portal'

/** Opens the language menu and chooses a language; the portal navigates to the same page in it. */
async function switchTo(page: Page, locale: TLocale, language: string) {
  await page.getByTestId('locale-switcher').click()
  const item = page.getByRole('menuitem', { name: language })
  await expect(item).toHaveAttribute('hreflang', locale)
  await item.click()
}

test.describe('language', () => {
  test('Sophie signs in in Dutch and switches the dashboard to English and German', async ({
    page,
  }) => {
    await page.goto('/nl/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'Login.title'))

    await signIn(page, { email: SOPHIE.email, locale: 'nl' })
    await expect(page.getByTestId('welcome')).toHaveText('Welkom, Sophie')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.getByTestId('locale-switcher')).toHaveAccessibleName(
      `${t('nl', 'Common.language')}: Nederlands`,
    )

    await switchTo(page, 'en', 'English')
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.getByTestId('welcome')).toHaveText('Welcome, Sophie')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { name: t('en', 'Dashboard.yourCars') })).toBeVisible()

    await switchTo(page, 'de', 'Deutsch')
    await expect(page).toHaveURL(/\/de$/)
    await expect(page.getByTestId('welcome')).toHaveText('Willkommen, Sophie')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { name: t('de', 'Dashboard.yourCars') })).toBeVisible()
    await expect(page.getByRole('button', { name: t('de', 'Common.signOut') })).toBeVisible()

    // Still signed in, and the choice holds on reload.
    await page.reload()
    await expect(page).toHaveURL(/\/de$/)
    await expect(page.getByTestId('welcome')).toHaveText('Willkommen, Sophie')
  })

  test('switching language keeps the customer on the page they are reading', async ({ page }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    const id = await openOrder(page, 'nl', SOPHIE.orderNumbers[0])
    await expect(page.getByRole('heading', { name: t('nl', 'Order.configuration') })).toBeVisible()

    await switchTo(page, 'de', 'Deutsch')
    await expect(page).toHaveURL(new RegExp(`/de/orders/${id}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { name: t('de', 'Order.configuration') })).toBeVisible()
    await expect(
      page.getByText(t('de', 'Dashboard.orderNumber', { number: SOPHIE.orderNumbers[0] })),
    ).toBeVisible()
  })
})
