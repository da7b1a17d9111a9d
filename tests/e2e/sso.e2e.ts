import { randomBytes } from 'node:crypto'

import { request, type Page } from '@playwright/test'

import { E2E } from '../../playwright.config'
import { expect, test } from './support/test'
import { staffApiToken } from './support/admin'
import { strongPassword } from './support/accounts'
import { literal } from './support/portal'

/**
 * Staff single sign-on through a real OpenID provider (tests/support/oidc-provider.mjs, started by
 * playwright.config.ts): its groups claim maps "comms" to marketing, and it reports multi-factor.
 */
async function createStaff(tag: string, role: string) {
  const email = `${tag}-${Date.now()}-${randomBytes(3).toString('hex')}@donkervoort.example`
  const api = await request.newContext({ baseURL: E2E.baseURL })
  try {
    // An admin session that passed the second factor (the staff gate refuses anything less).
    const token = await staffApiToken(api)
    const created = await api.post('/api/staff', {
      headers: { Authorization: `JWT ${token}` },
      data: { email, name: `SSO ${tag}`, role, password: strongPassword() },
    })
    expect(created.status(), await created.text()).toBe(201)
    return email
  } finally {
    await api.dispose()
  }
}

/** From Payload's sign-in screen through the provider's sign-in page and back. */
async function signInThroughProvider(page: Page, email: string) {
  await page.goto('/admin/login')
  const link = page.getByRole('link', { name: `Sign in with ${E2E.oidc.name}` })
  await expect(link).toBeVisible()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`^${literal(E2E.oidc.issuer)}/interaction/`))
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Continue' }).click()
}

const me = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/staff/me', { credentials: 'same-origin' })
    return (await res.json()) as { user: { email: string; role: string } | null }
  })

test.describe('staff single sign-on', () => {
  test('a staff member signs in with the company provider and lands in /admin with the mapped role', async ({
    page,
  }) => {
    const email = await createStaff('sso', 'account-manager')
    await signInThroughProvider(page, email)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: /customers/i }).first()).toBeVisible()
    const { user } = await me(page)
    expect(user?.email).toBe(email)
    // The provider's "comms" group means marketing here, replacing the stored role.
    expect(user?.role).toBe('marketing')
  })

  test('someone the provider knows but who has no role here is told so, and nothing is signed in', async ({
    page,
  }) => {
    const email = await createStaff('outsider', 'finance')
    await signInThroughProvider(page, email)
    await expect(page).toHaveURL(/\/en\/sso-problem\?reason=no-access/)
    await expect(page.getByRole('heading', { name: 'No access to the back office' })).toBeVisible()
    await expect(page.getByTestId('sso-problem').getByRole('alert')).toContainText(
      'grants no role in the back office',
    )
    expect((await me(page)).user).toBeNull()
    await page.getByRole('link', { name: 'Back to the back-office sign-in' }).click()
    await expect(page).toHaveURL(/\/admin\/login/)
  })
})
