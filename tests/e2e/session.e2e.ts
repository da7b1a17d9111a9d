import { randomBytes } from 'node:crypto'

import { expect, test } from './support/test'
import { DEMO_PASSWORD, SOPHIE } from './support/accounts'
import { t } from './support/i18n'
import { sessionCookie, setSessionCookie, signIn } from './support/portal'

test.describe('sessions', () => {
  test('signing out returns to sign-in with a notice, and the session is gone for good', async ({
    page,
    context,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    const before = await sessionCookie(context)
    expect(before, 'session cookie after sign-in').toBeDefined()
    expect(before!.httpOnly).toBe(true)

    await page.getByRole('button', { name: t('nl', 'Common.signOut') }).click()
    await expect(page).toHaveURL(/\/nl\/login\?signedOut=1$/)
    await expect(page.getByRole('main').getByRole('status')).toHaveText(t('nl', 'Login.signedOut'))
    expect(await sessionCookie(context)).toBeUndefined()

    await page.goto('/nl')
    await expect(page).toHaveURL(/\/nl\/login$/)
    await expect(page.getByTestId('welcome')).toHaveCount(0)

    // A copy of the old cookie is worth nothing: the session was ended on the server.
    await setSessionCookie(context, before!.value)
    await page.goto('/nl')
    await expect(page).toHaveURL(/\/nl\/login\?expired=1$/)
    await expect(page.getByTestId('welcome')).toHaveCount(0)
    const api = await page.request.get('/api/orders?depth=0')
    expect(api.status()).toBe(403)
  })

  const BAD_COOKIES = [
    { name: 'an empty value', value: '' },
    { name: 'a well-formed but unknown token', value: randomBytes(32).toString('base64url') },
    { name: 'garbage', value: 'not-a-session' },
  ]
  for (const bad of BAD_COOKIES) {
    test(`a session cookie with ${bad.name} leads to sign-in with the "session has ended" notice`, async ({
      page,
      context,
    }) => {
      await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
      await setSessionCookie(context, bad.value)
      expect((await sessionCookie(context))?.value).toBe(bad.value)

      await page.goto('/nl')
      await expect(page).toHaveURL(/\/nl\/login\?expired=1$/)
      await expect(page.getByRole('main').getByRole('status')).toHaveText(t('nl', 'Login.expired'))
      await expect(page.getByTestId('welcome')).toHaveCount(0)

      // Signing in again works normally.
      await page.locator('input[name="email"]').fill(SOPHIE.email)
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: t('nl', 'Login.submit'), exact: true }).click()
      await expect(page).toHaveURL(/\/nl$/)
      await expect(page.getByTestId('welcome')).toHaveText('Welkom, Sophie')
    })
  }
})
