import pg from 'pg'

import { JAMES, SOPHIE } from './support/accounts'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { mailsTo, waitForMail } from './support/mail'
import { signIn } from './support/portal'
import { expect, test } from './support/test'

/**
 * Test setup: what a feature's notify() writes in its transaction (a notification and its mail
 * job), straight into the portal's database, since no feature that notifies has landed yet. The
 * portal's jobs autorun then mails it as it would any other.
 */
async function notifyInDatabase(customerId: string, type: string, key: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query('begin')
    await client.query(
      `insert into notifications (customer_id, type, title, link, email_state)
       values ($1, $2, $3, '/', 'pending')`,
      [customerId, type, JSON.stringify({ key })],
    )
    await client.query(
      `insert into payload_jobs (input, task_slug, queue, wait_until)
       values ($1, 'sendNotificationMail', 'default', now())`,
      [JSON.stringify({ recipient: 'customer', id: customerId, type })],
    )
    await client.query('commit')
  } finally {
    await client.end()
  }
}

test.describe('notifications', () => {
  test('the bell counts Sophie’s unread notifications; the page groups them by car', async ({
    page,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl' })
    await expect(page.getByTestId('notification-count')).toHaveText('3')
    await page.getByTestId('notification-bell').click()
    await expect(page).toHaveURL(/\/nl\/notifications$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      t('nl', 'Notifications.page.title'),
    )
    const groups = page.getByTestId('notification-group')
    await expect(groups).toHaveCount(3)
    await expect(groups.nth(0).getByRole('heading')).toHaveText(
      `Donkervoort P24 RS · ${SOPHIE.orderNumbers[0]}`,
    )
    await expect(page.getByTestId('notification')).toHaveCount(4)
    const first = page.getByTestId('notification-link').first()
    await expect(first).toHaveText(
      t('nl', 'Notifications.demo.productionUpdate', { model: 'Donkervoort P24 RS' }),
    )
    await expect(first).toHaveAttribute('href', /^\/nl\/orders\/[0-9a-f-]{36}$/)
  })

  test('marking one read and then all read empties the bell', async ({ page }) => {
    await signIn(page, { email: JAMES.email, locale: 'en' })
    // The demo gives James one unread; browser tests before this one (one database, in file
    // order) may have told him more, so the count is read from the bell.
    const bell = page.getByTestId('notification-count')
    await expect(bell).toHaveText(/^[1-9]\d*$/)
    const before = Number(await bell.textContent())
    await page.goto('/en/notifications')
    const unread = page.locator('[data-testid="notification"][data-unread="true"]')
    await expect(unread).toHaveCount(before)
    const total = await page.getByTestId('notification').count()
    await unread.first().getByTestId('mark-read').click()
    await expect(unread).toHaveCount(before - 1)
    if (before > 1) {
      await expect(bell).toHaveText(String(before - 1))
      await page.getByTestId('mark-all-read').click()
      await expect(unread).toHaveCount(0)
    }
    await expect(bell).toHaveCount(0)
    await expect(page.getByTestId('notification')).toHaveCount(total)
  })

  test('mark all read', async ({ page }) => {
    await signIn(page, { email: 'lena@customer.example', locale: 'de' })
    await expect(page.getByTestId('notification-count')).toHaveText('1')
    await page.goto('/de/notifications')
    await page.getByTestId('mark-all-read').click()
    await expect(page.locator('[data-unread="true"]')).toHaveCount(0)
    await expect(page.getByTestId('notification-count')).toHaveCount(0)
  })

  test('preferences are saved and the next mail follows them', async ({ page }) => {
    const c = await activeCustomer(page, { locale: 'en', firstName: 'Noor' })
    await page.goto('/en/account/security')
    await page.getByTestId('preferences-link').click()
    await expect(page).toHaveURL(/\/en\/account\/preferences$/)
    await page
      .getByRole('checkbox', { name: t('en', 'Notifications.types.production-update') })
      .uncheck()
    await page.getByTestId('preferred-locale').selectOption('de')
    await page.getByTestId('save-preferences').click()
    await expect(page).toHaveURL(/\/de\/account\/preferences\?saved=1$/)
    await expect(page.getByText(t('de', 'Preferences.saved'))).toBeVisible()
    await expect(
      page.getByRole('checkbox', { name: t('de', 'Notifications.types.production-update') }),
    ).not.toBeChecked()

    await notifyInDatabase(c.id, 'production-update', 'Notifications.types.production-update')
    await notifyInDatabase(c.id, 'reminder', 'Notifications.demo.reminder')
    const mail = await waitForMail(c.email, { subject: t('de', 'Notifications.demo.reminder') })
    expect(mail.text).toContain('Guten Tag Noor,')
    expect(mailsTo(c.email).map((m) => m.subject)).not.toContain(
      t('de', 'Notifications.types.production-update'),
    )
    await expect(page.getByTestId('notification-count')).toHaveCount(0)
    await page.reload()
    await expect(page.getByTestId('notification-count')).toHaveText('2')
  })

  test('a language picked in the menu is offered as the preferred one', async ({ page }) => {
    await activeCustomer(page, { locale: 'en', firstName: 'Ada' })
    await expect(page.getByTestId('locale-offer')).toHaveCount(0)
    await page.getByTestId('locale-switcher').click()
    await page.getByRole('menuitem', { name: 'Nederlands' }).click()
    await expect(page).toHaveURL(/\/nl$/)
    const offer = page.getByTestId('locale-offer')
    await expect(offer).toContainText(
      t('nl', 'Notifications.offer.question', { language: 'Nederlands' }),
    )
    await offer.getByRole('button', { name: t('nl', 'Notifications.offer.decline') }).click()
    await expect(offer).toHaveCount(0)
    await page.reload()
    await expect(offer).toHaveCount(0)

    await page.getByTestId('locale-switcher').click()
    await page.getByRole('menuitem', { name: 'Deutsch' }).click()
    await expect(page).toHaveURL(/\/de$/)
    await offer.getByRole('button', { name: t('de', 'Notifications.offer.accept') }).click()
    await expect(offer).toHaveCount(0)
    await page.goto('/de/account/preferences')
    await expect(page.getByTestId('preferred-locale')).toHaveValue('de')
  })
})
