import { randomBytes } from 'node:crypto'

import { expect, test } from './support/test'
import { ANOUK, strongPassword, uniqueEmail } from './support/accounts'
import { createCustomerInAdmin, createOrderInAdmin, signInToAdmin } from './support/admin'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { linkFrom, mailsTo, waitForMail } from './support/mail'
import { carCard, sessionCookie, signIn } from './support/portal'

test.describe('onboarding a new customer', () => {
  test('staff create customer and order; the invitation link activates the account once', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000)
    const suffix = randomBytes(3).toString('hex')
    const email = uniqueEmail('onboarding')
    const firstName = 'Eva'
    const lastName = `Onboarding ${suffix}`
    const orderNumber = `E2E-${Date.now()}-${suffix}`.toUpperCase()

    // Back office: the customer, then their car.
    await signInToAdmin(page)
    await createCustomerInAdmin(page, {
      email,
      firstName,
      lastName,
      language: 'English',
      accountManager: ANOUK.name,
    })
    await createOrderInAdmin(page, {
      orderNumber,
      customer: `${firstName} ${lastName}`,
      customerSearch: lastName,
      model: 'Donkervoort P24 RS',
      stage: 'Production',
    })

    // The invitation reaches the customer's mailbox, in English.
    const mail = await waitForMail(email)
    expect(mail.subject).toBe(t('en', 'Email.invitation.subject'))
    expect(mail.text).toContain(t('en', 'Email.invitation.greeting', { name: firstName }))
    expect(mail.html).toContain('<html lang="en">')
    const link = linkFrom(mail)
    expect(link).toMatch(/\/en\/set-password\?token=/)

    // The customer, in a browser of their own.
    const customer = await (await browser.newContext()).newPage()
    await customer.goto(link)
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText(
      t('en', 'SetPassword.titleInvitation'),
    )
    await expect(customer.locator('html')).toHaveAttribute('lang', 'en')

    const password = customer.locator('input[name="password"]')
    const confirm = customer.locator('input[name="confirm"]')
    const save = customer.getByRole('button', { name: t('en', 'SetPassword.submit') })
    await password.fill('too-short')
    await confirm.fill('too-short')
    await save.click()
    await expect(customer.getByRole('main').getByRole('alert')).toHaveText(
      t('en', 'SetPassword.tooShort'),
    )
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(customer).toHaveURL(/\/en\/set-password\?token=/)

    const good = strongPassword()
    await password.fill(good)
    await confirm.fill(good)
    await save.click()

    await expect(customer).toHaveURL(/\/en$/)
    await expect(customer.getByTestId('welcome')).toHaveText(`Welcome, ${firstName}`)
    const card = carCard(customer, 'en', orderNumber)
    await expect(card).toHaveCount(1)
    await expect(customer.getByTestId('car-card')).toHaveCount(1)
    await expect(card.getByRole('heading', { name: 'Donkervoort P24 RS' })).toBeVisible()
    await expect(card.getByTestId('stage-summary')).toContainText(t('en', 'Stages.production'))
    await expect(card.locator('li[aria-current="step"]')).toContainText(
      `${t('en', 'Stages.production')}: ${t('en', 'Stages.current')}`,
    )
    await expect(customer.getByTestId('manager-card')).toContainText(ANOUK.name)
    expect(await sessionCookie(customer.context())).toBeDefined()

    // A used link cannot be used again, not even by the same person.
    await customer.goto(link)
    await expect(customer.getByTestId('link-invalid')).toBeVisible()
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText(
      t('en', 'SetPassword.invalidTitle'),
    )
    await expect(customer.getByTestId('link-invalid')).toContainText(t('en', 'SetPassword.used'))
    await expect(customer.locator('input[name="password"]')).toHaveCount(0)
    await customer.context().close()
  })

  test('forgot password sends a reset link; the new password signs in and the old one no longer does', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000)
    const c = await activeCustomer(page)
    const firstSession = page

    const other = await browser.newContext()
    const p = await other.newPage()
    await p.goto('/en/login')
    await p.getByRole('link', { name: t('en', 'Login.forgot') }).click()
    await expect(p).toHaveURL(/\/en\/forgot-password$/)
    await p.locator('input[name="email"]').fill(c.email)
    await p.getByRole('button', { name: t('en', 'Forgot.submit') }).click()
    await expect(p.getByRole('main').getByRole('status')).toHaveText(t('en', 'Forgot.sent'))

    const mail = await waitForMail(c.email, { subject: t('en', 'Email.reset.subject') })
    expect(mail.text).toContain(t('en', 'Email.reset.greeting', { name: c.firstName }))
    const link = linkFrom(mail)
    await p.goto(link)
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(t('en', 'SetPassword.titleReset'))
    const newPassword = strongPassword()
    await p.locator('input[name="password"]').fill(newPassword)
    await p.locator('input[name="confirm"]').fill(newPassword)
    await p.getByRole('button', { name: t('en', 'SetPassword.submit') }).click()
    await expect(p).toHaveURL(/\/en$/)
    await expect(p.getByTestId('welcome')).toHaveText(
      t('en', 'Dashboard.welcome', { name: c.firstName }),
    )
    await other.close()

    // "Signs you out on every other device": the session from the invitation has ended.
    await firstSession.goto('/en')
    await expect(firstSession).toHaveURL(/\/en\/login\?expired=1$/)

    // A fresh browser: the old password is refused, the new one works.
    const fresh = await (await browser.newContext()).newPage()
    await fresh.goto('/en/login')
    await fresh.locator('input[name="email"]').fill(c.email)
    await fresh.locator('input[name="password"]').fill(c.password)
    await fresh.getByRole('button', { name: t('en', 'Login.submit'), exact: true }).click()
    await expect(fresh.getByRole('main').getByRole('alert')).toHaveText(t('en', 'Login.invalid'))
    await expect(fresh).toHaveURL(/\/en\/login$/)
    await signIn(fresh, {
      email: c.email,
      locale: 'en',
      password: newPassword,
      firstName: c.firstName,
    })
    await fresh.context().close()

    // The reset link is single-use too.
    await page.goto(link)
    await expect(page.getByTestId('link-invalid')).toContainText(t('en', 'SetPassword.used'))
  })

  test('forgot password for an unknown address shows the same confirmation and sends nothing', async ({
    page,
  }) => {
    const unknown = uniqueEmail('nobody')
    const known = 'sophie@customer.example'
    const sent = t('en', 'Forgot.sent')
    const request = async (email: string) => {
      await page.goto('/en/forgot-password')
      await page.locator('input[name="email"]').fill(email)
      await page.getByRole('button', { name: t('en', 'Forgot.submit') }).click()
      await expect(page.getByRole('main').getByRole('status')).toHaveText(sent)
      return page.getByRole('main').innerText()
    }

    const unknownScreen = await request(unknown)
    // The same request for an existing account: the screen must not differ, and its mail tells us
    // the queue has run (mails go out in the order they were requested).
    const mailsBefore = mailsTo(known).length
    expect(await request(known)).toBe(unknownScreen)
    await expect
      .poll(() => mailsTo(known).length, { timeout: 30_000, message: `reset mail to ${known}` })
      .toBeGreaterThan(mailsBefore)
    expect(mailsTo(known).at(-1)!.subject).toBe(t('nl', 'Email.reset.subject'))
    expect(mailsTo(unknown)).toHaveLength(0)
  })
})
