import { type Page } from '@playwright/test'

import { expect, test } from './support/test'
import { ANOUK, DEMO_PASSWORD, MARKETING, uniqueEmail } from './support/accounts'
import {
  createCustomerInAdmin,
  enterStaffCode,
  freshTotpCode,
  signInToAdmin,
  submitAdminPassword,
} from './support/admin'
import { expectNoHorizontalScroll } from './support/layout'
import { waitForMail } from './support/mail'

async function signOutOfAdmin(page: Page) {
  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/, { timeout: 20_000 })
}

test.describe('staff two-step verification', () => {
  test('a staff member without a factor must enrol, then enters a code or a recovery code at every sign-in', async ({
    page,
  }) => {
    test.setTimeout(180_000)

    // Password only: nothing but the enrolment screen.
    await submitAdminPassword(page, MARKETING)
    await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible()
    await page.goto('/admin/collections/customers')
    await expect(page).toHaveURL(/\/admin\/two-step/)
    await expect(page.locator('.dv-2fa__qr svg')).toBeVisible()

    // A wrong code is refused; the code of the key shown on the page is accepted.
    const key = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '')
    await page.getByLabel('Code from the app').fill('000000')
    await page.getByRole('button', { name: 'Confirm and continue' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toBeVisible()
    await page.getByLabel('Code from the app').fill(await freshTotpCode(key))
    await page.getByRole('button', { name: 'Confirm and continue' }).click()

    const codes = page.getByTestId('recovery-codes').locator('code')
    await expect(codes).toHaveCount(10)
    const recoveryCode = await codes.first().innerText()
    await page.getByRole('button', { name: /I have stored them/ }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/collections/customers')
    await expect(page).toHaveURL(/\/admin\/collections\/customers/)

    // Next sign-in: a code from the app.
    await signOutOfAdmin(page)
    await submitAdminPassword(page, MARKETING)
    await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible()
    await enterStaffCode(page, key)
    await expect(page).toHaveURL(/\/admin\/?$/)

    // And once with a recovery code instead, which then is spent.
    await signOutOfAdmin(page)
    await submitAdminPassword(page, MARKETING)
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click()
    await page.getByLabel('Recovery code').fill(recoveryCode)
    await page.getByRole('button', { name: 'Use recovery code' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)

    await signOutOfAdmin(page)
    await submitAdminPassword(page, MARKETING)
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click()
    await page.getByLabel('Recovery code').fill(recoveryCode)
    await page.getByRole('button', { name: 'Use recovery code' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/two-step/)
  })

  test('an admin resets a customer’s two-step verification from the customer screen; the customer is told by mail', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const email = uniqueEmail('reset-2fa')
    await signInToAdmin(page)
    await createCustomerInAdmin(page, {
      email,
      firstName: 'Rosa',
      lastName: 'Reset',
      language: 'Nederlands',
      accountManager: ANOUK.name,
    })
    await page.getByRole('button', { name: 'Reset two-step verification' }).click()
    await page.getByRole('button', { name: 'Yes, reset' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'was reset' })).toBeVisible()

    const mail = await waitForMail(email, {
      subject: 'Uw verificatie in twee stappen is opnieuw ingesteld',
    })
    expect(mail.text).toContain('accountmanager')
  })

  test.describe('on a phone 390×844', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    test('enrolment fits the screen and works by keyboard', async ({ page }) => {
      await submitAdminPassword(page, {
        email: 'finance@donkervoort.example',
        password: DEMO_PASSWORD,
      })
      await expect(page.locator('.dv-2fa__qr svg')).toBeVisible()
      await expectNoHorizontalScroll(page, 'staff enrolment')
      await page.screenshot({ path: test.info().outputPath('enrolment-390.png'), fullPage: true })
      const key = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '')
      await page.getByLabel('Code from the app').focus()
      await page.keyboard.type(await freshTotpCode(key))
      await page.keyboard.press('Enter')
      await expect(page.getByTestId('recovery-codes').locator('code')).toHaveCount(10)
      await expectNoHorizontalScroll(page, 'recovery codes')
      await page.screenshot({ path: test.info().outputPath('codes-390.png'), fullPage: true })
    })
  })
})
