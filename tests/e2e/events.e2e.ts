import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { measureFirstLoadJs } from '../../scripts/bench/first-load-js.mjs'
import { expect, test } from './support/test'
import { JAMES, SOPHIE } from './support/accounts'
import { signInToAdmin } from './support/admin'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { signIn } from './support/portal'

/** The typed code printed under the QR code of a ticket PDF. */
function printedCode(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-ticket-')), 'ticket.pdf')
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
  const code = /DK1 - [0-9A-Z ]+ - [0-9A-Z ]+/.exec(text)?.[0]
  if (!code) throw new Error(`no ticket code in:\n${text}`)
  return code.trim()
}

test.describe('events', () => {
  test('a customer registers with a guest and downloads the ticket; staff check it in once', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000)
    await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
    await page.goto('/en/events')
    await expect(page).toHaveTitle(new RegExp(t('en', 'Shell.titles.events')))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'Events.title'))
    // James owns a D8 GTO: the F22 owners' preview is not his to see.
    await expect(page.getByText('F22 owners’ preview')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: t('en', 'Events.past') })).toBeVisible()

    await page.getByRole('link', { name: 'Owners’ dinner in Lelystad' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Owners’ dinner in Lelystad')
    await page.getByLabel(t('en', 'Events.form.guests')).selectOption('1')
    await page.getByLabel(t('en', 'Events.form.guestName', { n: 1 })).fill('Amelia Hart')
    await page.getByLabel(t('en', 'Events.form.dietary')).fill('Vegetarian')
    await page.getByRole('button', { name: t('en', 'Events.form.submit') }).click()
    await expect(page.getByText(t('en', 'Events.form.registered'))).toBeVisible()
    await expect(page.getByTestId('registration-status')).toHaveText(
      t('en', 'Events.status.confirmed'),
    )

    const download = page.waitForEvent('download')
    await page.getByTestId('ticket-link').click()
    const file = await (await download).path()
    const { readFileSync } = await import('node:fs')
    const pdf = readFileSync(file)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const code = printedCode(pdf)

    // Staff at the gate: a phone-sized screen, the code typed by hand.
    const staff = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await signInToAdmin(staff)
    await staff.goto('/admin/check-in')
    const dinner = staff.locator('option', { hasText: 'Owners’ dinner in Lelystad' })
    await staff.getByLabel('Event').selectOption((await dinner.getAttribute('value'))!)
    await staff.getByLabel('Ticket code').fill(code.toLowerCase())
    await staff.getByRole('button', { name: 'Check in', exact: true }).click()
    const result = staff.getByTestId('check-in-result')
    await expect(result).toContainText('Checked in: James')
    await expect(result).toContainText('Amelia Hart')
    await staff.getByLabel('Ticket code').fill(code)
    await staff.getByRole('button', { name: 'Check in', exact: true }).click()
    await expect(result).toContainText(/Already checked in at \d\d:\d\d by /)
    await staff.getByLabel('Ticket code').fill(code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
    await staff.getByRole('button', { name: 'Check in', exact: true }).click()
    await expect(result).toContainText('Not a valid ticket')
    await staff.close()
  })

  test('the calendar feed is made, shown once and switched off, in Dutch', async ({ page }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    await page.goto('/nl/events')
    const feed = page.getByRole('region', { name: t('nl', 'Events.feed.heading') })
    await expect(feed).toContainText(t('nl', 'Events.feed.off'))
    await feed.getByRole('button', { name: t('nl', 'Events.feed.create') }).click()
    await expect(feed.getByTestId('feed-url')).not.toHaveValue('')
    await expect(feed).toContainText(t('nl', 'Events.feed.shownOnce'))
    await expect(feed).toContainText(t('nl', 'Events.feed.active'))
    await expect(
      feed.getByRole('button', { name: t('nl', 'Events.feed.regenerate') }),
    ).toBeVisible()
    await feed.getByRole('button', { name: t('nl', 'Events.feed.revoke') }).click()
    await expect(feed).toContainText(t('nl', 'Events.feed.off'))
    await expect(feed.getByTestId('feed-url')).toHaveCount(0)
  })

  test('events list, month and detail fit a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
    await page.goto('/en/events')
    await expectNoHorizontalScroll(page, 'events list')
    await page.getByRole('link', { name: t('en', 'Events.calendarView') }).click()
    await expect(page.getByTestId('month-calendar')).toBeVisible()
    await expectNoHorizontalScroll(page, 'month calendar')
    await page.goto('/en/events')
    await page.getByRole('link', { name: 'Track Day Circuit Zandvoort' }).click()
    await expect(page.getByTestId('registration-status')).toBeVisible()
    await expectNoHorizontalScroll(page, 'event detail')
  })

  test('first-load JavaScript of an event with its registration form does not grow', async ({
    page,
    context,
  }) => {
    await signIn(page, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
    await page.goto('/en/events')
    await page.getByRole('link', { name: 'Track Day Circuit Zandvoort' }).click()
    await expect(page.locator('form[aria-labelledby="registration-heading"]')).toBeVisible()
    const detail = await measureFirstLoadJs(context, page.url())
    test.info().annotations.push({
      type: 'first-load JS (compressed KiB)',
      description: `event detail ${detail.compressedKiB}`,
    })
    // Measured with brotli static files (scripts/bench/first-load-js.mjs): ~119.96 KiB, down from
    // ~134 KiB when the registration form translated in the browser (next-intl's message
    // runtime, ~10 KiB) and its buttons brought Radix Slot. The ceiling is issue 10's budget.
    expect(detail.compressedKiB).toBeLessThanOrEqual(120)
  })
})
