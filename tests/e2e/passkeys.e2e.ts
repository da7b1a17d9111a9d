import { expect, test } from './support/test'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { sessionCookie } from './support/portal'
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

test.describe('passkeys end to end', () => {
  test('a customer adds a passkey on the Security page, signs in with it passwordless and as the second factor, then renames and removes it', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000)
    const customer = await activeCustomer(page, { locale: 'en', firstName: 'Ines' })
    const authenticator = await addVirtualAuthenticator(page)
    const welcome = page.getByTestId('welcome')
    const passkeys = page.getByTestId('passkey')

    // Adding a first passkey asks to confirm it is you (the password again).
    await page.goto('/en/account/security')
    await expect(page.getByText(t('en', 'Passkeys.empty'))).toBeVisible()
    await page.getByLabel(t('en', 'Passkeys.name')).fill('Studio laptop')
    await page.getByRole('button', { name: t('en', 'Passkeys.add') }).click()
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      t('en', 'Passkeys.stepUp'),
    )
    expect(await authenticator.credentials()).toEqual([])
    await page.getByRole('link', { name: t('en', 'Passkeys.confirm') }).click()
    await expect(page).toHaveURL(/\/en\/account\/confirm\?next=/)
    await page.getByLabel(t('en', 'Security.passwordLabel')).fill(customer.password)
    await page.getByRole('button', { name: t('en', 'Security.confirm'), exact: true }).click()
    await expect(page).toHaveURL(/\/en\/account\/security$/)

    await page.getByLabel(t('en', 'Passkeys.name')).fill('Studio laptop')
    await page.getByRole('button', { name: t('en', 'Passkeys.add') }).click()
    await expect(
      page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: t('en', 'Passkeys.added') }),
    ).toBeVisible()
    await expect(passkeys).toHaveCount(1)
    await expect(passkeys.first()).toContainText('Studio laptop')
    await expect(passkeys.first()).toContainText(t('en', 'Passkeys.neverUsed'))
    const [credential] = await authenticator.credentials()
    expect(credential.isResidentCredential).toBe(true)

    // Signed out, the passkey alone signs in: no email, no password.
    await page.getByRole('button', { name: t('en', 'Common.signOut') }).click()
    await expect(page).toHaveURL(/\/en\/login\?signedOut=1$/)
    expect(await sessionCookie(context)).toBeUndefined()
    await page.getByRole('button', { name: t('en', 'Passkeys.signIn') }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(welcome).toHaveText(t('en', 'Dashboard.welcome', { name: 'Ines' }))
    expect((await authenticator.credentials())[0].signCount).toBeGreaterThan(0)

    // With a passkey on the account, the password alone is not enough: the passkey is the second step.
    await page.getByRole('button', { name: t('en', 'Common.signOut') }).click()
    await page.locator('input[name="email"]').fill(customer.email)
    await page.locator('input[name="password"]').fill(customer.password)
    await page.getByRole('button', { name: t('en', 'Login.submit'), exact: true }).click()
    await expect(page).toHaveURL(/\/en\/login\/verify$/)
    expect(await sessionCookie(context)).toBeUndefined()
    await page.getByRole('button', { name: t('en', 'Passkeys.factor') }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(welcome).toBeVisible()

    // Just confirmed with the passkey, so changes need no further question.
    await page.goto('/en/account/security')
    await expect(passkeys.first()).toContainText(t('en', 'Passkeys.deviceBound'))
    await page.getByRole('button', { name: `${t('en', 'Passkeys.rename')}: Studio laptop` }).click()
    const rename = page.getByLabel(t('en', 'Passkeys.renameLabel', { name: 'Studio laptop' }))
    await expect(rename).toBeFocused()
    await rename.fill('Atelier MacBook')
    await page.keyboard.press('Enter')
    await expect(
      page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: t('en', 'Passkeys.renamed') }),
    ).toBeVisible()
    await expect(passkeys.first()).toContainText('Atelier MacBook')

    await page.setViewportSize({ width: 390, height: 844 })
    await expectNoHorizontalScroll(page, 'Security page with a passkey at 390 px')

    await page
      .getByRole('button', { name: `${t('en', 'Passkeys.remove')}: Atelier MacBook` })
      .click()
    await expect(
      page.getByText(t('en', 'Passkeys.removeConfirm', { name: 'Atelier MacBook' })),
    ).toBeVisible()
    await page.getByRole('button', { name: t('en', 'Passkeys.removeYes') }).click()
    await expect(
      page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: t('en', 'Passkeys.removed') }),
    ).toBeVisible()
    await expect(passkeys).toHaveCount(0)

    // The browser still holds the credential, but the portal no longer knows it.
    await page.getByRole('button', { name: t('en', 'Common.signOut') }).click()
    await page.getByRole('button', { name: t('en', 'Passkeys.signIn') }).click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(t('en', 'Passkeys.refused'))
    expect(await sessionCookie(context)).toBeUndefined()
  })
})
