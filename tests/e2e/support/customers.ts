import { expect, request, type Page } from '@playwright/test'

import { E2E } from '../../../playwright.config'
import { strongPassword, uniqueEmail } from './accounts'
import { staffApiToken } from './admin'
import { t, type TLocale } from './i18n'
import { linkFrom, waitForMail } from './mail'

export type TNewCustomer = {
  id: string
  email: string
  firstName: string
  locale: TLocale
  password: string
}

/**
 * Test setup through the back office's REST API (the admin journey itself is covered in
 * onboarding.e2e.ts): creates an invited customer, which queues the invitation mail.
 */
export async function inviteCustomer(args: { locale?: TLocale; firstName?: string } = {}) {
  const { locale = 'en', firstName = 'Robin' } = args
  const email = uniqueEmail('invited')
  const api = await request.newContext({ baseURL: E2E.baseURL })
  try {
    const token = await staffApiToken(api)
    const created = await api.post('/api/customers', {
      headers: { Authorization: `JWT ${token}` },
      data: { email, firstName, lastName: 'Testcase', preferredLocale: locale },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    return { id: doc.id, email, firstName, locale }
  } finally {
    await api.dispose()
  }
}

/** Opens the account link from a mail and chooses a password; the portal then signs the customer in. */
export async function choosePasswordFromLink(
  page: Page,
  link: string,
  locale: TLocale,
  password: string,
) {
  await page.goto(link)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('input[name="confirm"]').fill(password)
  await page.getByRole('button', { name: t(locale, 'SetPassword.submit') }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}$`))
}

/** An invited customer who has accepted the invitation: active, with a known password, signed in on `page`. */
export async function activeCustomer(
  page: Page,
  args: { locale?: TLocale; firstName?: string } = {},
): Promise<TNewCustomer> {
  const c = await inviteCustomer(args)
  const mail = await waitForMail(c.email, { subject: t(c.locale, 'Email.invitation.subject') })
  const password = strongPassword()
  await choosePasswordFromLink(page, linkFrom(mail), c.locale, password)
  await expect(page.getByTestId('welcome')).toHaveText(
    t(c.locale, 'Dashboard.welcome', { name: c.firstName }),
  )
  return { ...c, password }
}
