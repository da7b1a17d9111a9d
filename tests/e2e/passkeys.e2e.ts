import { expect, test } from '@playwright/test'

import { t } from './support/i18n'
import { addVirtualAuthenticator } from './support/virtual-authenticator'

test.describe('passkeys on the sign-in page', () => {
  test('a passkey the site does not know is refused calmly, and nobody is signed in', async ({
    page,
  }) => {
    const authenticator = await addVirtualAuthenticator(page)
    await page.goto('/en/login')
    const button = page.getByRole('button', { name: t('en', 'Passkeys.signIn') })
    await expect(button).toBeVisible()
    await button.click()
    // The virtual authenticator holds no passkey for this site: the browser reports no choice.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      t('en', 'Passkeys.cancelled'),
    )
    await expect(page).toHaveURL(/\/en\/login$/)
    expect(await authenticator.credentials()).toEqual([])
  })

  test('a browser without WebAuthn is told so, in its language', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'PublicKeyCredential', { value: undefined })
    })
    await page.goto('/de/login')
    await page.getByRole('button', { name: t('de', 'Passkeys.signIn') }).click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      t('de', 'Passkeys.unsupported'),
    )
  })

  test('the button is reachable by keyboard from the password form', async ({ page }) => {
    await page.goto('/nl/login')
    await page.locator('input[name="password"]').focus()
    const target = page.getByRole('button', { name: t('nl', 'Passkeys.signIn') })
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      if (await target.evaluate((el) => el === document.activeElement)) break
    }
    await expect(target).toBeFocused()
  })
})
