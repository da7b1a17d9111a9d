import type { Browser, Page } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF_TOTP_KEY, SOPHIE } from './support/accounts'
import { signInToAdmin } from './support/admin'
import { signIn } from './support/portal'
import { expect, test } from './support/test'

const ANOUK = {
  email: 'anouk@donkervoort.example',
  password: DEMO_PASSWORD,
  totpKey: DEMO_STAFF_TOTP_KEY,
}

/** Anouk signed in to /admin in one browser context, and a fresh context for the customer. */
async function twoSides(browser: Browser): Promise<{ staffPage: Page; customer: Page }> {
  const staffPage = await (await browser.newContext()).newPage()
  const customer = await (await browser.newContext()).newPage()
  await signInToAdmin(staffPage, ANOUK)
  return { staffPage, customer }
}

test.describe('staff inbox', () => {
  test('the account manager opens Sophie’s conversation in /admin/inbox and her reply reaches Sophie', async ({
    browser,
  }) => {
    const { staffPage, customer } = await twoSides(browser)
    await staffPage.goto('/admin/inbox')
    await staffPage
      .getByTestId('inbox-list')
      .getByRole('link', { name: /sophie/i })
      .click()
    await expect(staffPage.getByTestId('inbox-conversation')).toBeVisible()
    // The demo's internal note is there for staff, marked as internal.
    await expect(staffPage.locator('[data-internal]').first()).toContainText('Internal note')

    // Canned replies come in the customer's language (Sophie reads Dutch), to adapt before sending.
    await staffPage.getByLabel('Canned reply').selectOption({ label: 'Vraag ontvangen' })
    await expect(staffPage.getByLabel('Reply to the customer')).toHaveValue(/binnen één werkdag/)

    const answer = `Uw auto staat klaar voor de keuring ${Date.now()}`
    await staffPage.getByLabel('Reply to the customer').fill(answer)
    await staffPage.getByRole('button', { name: 'Send reply' }).click()
    await expect(staffPage.getByTestId('inbox-message').filter({ hasText: answer })).toHaveCount(1)

    await signIn(customer, { email: SOPHIE.email, locale: 'nl' })
    await customer.getByTestId('nav-messages').click()
    await expect(customer.getByTestId('message-body').filter({ hasText: answer })).toHaveCount(1)
  })

  test('a link from an unread-message mail sent before ?c= (…?conversation=<id>) opens the conversation; response times head the inbox', async ({
    browser,
  }) => {
    const staffPage = await (await browser.newContext()).newPage()
    await signInToAdmin(staffPage, ANOUK)
    await staffPage.goto('/admin/inbox')
    await expect(staffPage.getByTestId('response-figures')).toContainText('Anouk')
    const sophie = staffPage.getByTestId('inbox-list').getByRole('link', { name: /sophie/i })
    const id = new URL((await sophie.getAttribute('href'))!, staffPage.url()).searchParams.get('c')
    expect(id).toBeTruthy()
    await staffPage.goto(`/admin/inbox?conversation=${id}`)
    await expect(staffPage.getByTestId('inbox-conversation')).toBeVisible()
    await expect(sophie).toHaveAttribute('aria-current', 'true')
  })

  test('a customer message reaches the staff inbox list without a reload: first, unread, with its words', async ({
    browser,
  }) => {
    const { staffPage, customer } = await twoSides(browser)
    await staffPage.goto('/admin/inbox')
    // The list listens on /api/live; the page is never loaded again below.
    await expect(staffPage.locator('[data-live="open"]')).toHaveCount(1)
    await staffPage.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    )
    const sophieRow = staffPage.getByTestId('inbox-row').filter({ hasText: /sophie/i })
    await expect(sophieRow).toHaveCount(1)

    await signIn(customer, { email: SOPHIE.email, locale: 'nl' })
    await customer.getByTestId('nav-messages').click()
    const question = `Wanneer worden de velgen gemonteerd? ${Date.now()}`
    await customer.getByTestId('composer-input').fill(question)
    await customer.getByTestId('composer-input').press('Enter')
    await expect(customer.getByTestId('message-body').filter({ hasText: question })).toHaveCount(1)

    await expect(sophieRow.getByTestId('inbox-preview')).toHaveText(question)
    await expect(sophieRow).toHaveAttribute('data-unread', 'true')
    await expect(sophieRow).toContainText(/1 unread/)
    await expect(staffPage.getByTestId('inbox-row').first()).toContainText(/sophie/i)
    expect(
      await staffPage.evaluate(
        () => (window as unknown as { sameDocument?: boolean }).sameDocument,
      ),
    ).toBe(true)
  })

  test('a message sent after the inbox rendered but before its stream connected still reaches the list', async ({
    browser,
  }) => {
    const { staffPage, customer } = await twoSides(browser)
    // The inbox's stream is held back until the customer's message is stored.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await staffPage.route('**/api/live**', async (route) => {
      await held
      await route.continue()
    })
    await staffPage.goto('/admin/inbox')
    const sophieRow = staffPage.getByTestId('inbox-row').filter({ hasText: /sophie/i })
    await expect(sophieRow).toHaveCount(1)
    await expect(staffPage.locator('[data-live="open"]')).toHaveCount(0)

    await signIn(customer, { email: SOPHIE.email, locale: 'en' })
    await customer.getByTestId('nav-messages').click()
    const question = `Can the seats be fitted with heating? ${Date.now()}`
    await customer.getByTestId('composer-input').fill(question)
    await customer.getByTestId('composer-input').press('Enter')
    await expect(customer.getByTestId('message-body').filter({ hasText: question })).toHaveCount(1)
    await expect(sophieRow.getByTestId('inbox-preview')).not.toHaveText(question)

    release()
    await expect(staffPage.locator('[data-live="open"]')).toHaveCount(1)
    await expect(sophieRow.getByTestId('inbox-preview')).toHaveText(question)
  })
})
