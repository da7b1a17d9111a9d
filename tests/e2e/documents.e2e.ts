import { PDFDocument, StandardFonts } from 'pdf-lib'

import { expect, test } from './support/test'
import { ADMIN, JAMES, SOPHIE } from './support/accounts'
import { chooseOption, signInToAdmin, staffApiToken } from './support/admin'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { signIn } from './support/portal'

const MAX = { email: 'max@customer.example', locale: 'de' as const }
const money = (locale: string, cents: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100)

async function onePagePdf(title: string) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage().drawText(title, { x: 50, y: 750, size: 18, font })
  return Buffer.from(await pdf.save())
}

test.describe('documents', () => {
  test('a customer sees her documents by type, the open total and badges; previews inline and downloads', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const problems: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (frame|load|display)/i.test(m.text()))
        problems.push(m.text())
    })
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    await page.goto('/nl/documents')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'Documents.title'))
    for (const type of ['Koopovereenkomst', 'Specificatieblad', 'Factuur'])
      await expect(page.getByRole('heading', { level: 2, name: type })).toBeVisible()
    await expect(page.getByTestId('total-open')).toContainText(money('nl', 121_000_00))
    const badges = page.getByTestId('status-badge')
    await expect(badges).toHaveCount(2)
    await expect(badges.filter({ hasText: t('nl', 'Documents.badge.open') })).toHaveCount(1)
    await expect(badges.filter({ hasText: t('nl', 'Documents.badge.paid') })).toHaveCount(1)

    // Inline preview: the browser's viewer in a same-origin frame, under the page's own CSP.
    const contract = page.getByTestId('document').filter({ hasText: 'Koopovereenkomst P24 RS' })
    await expect(contract.getByTestId('last-opened')).toHaveText(t('nl', 'Documents.neverOpened'))
    const framed = page.waitForResponse((r) => r.url().includes('/api/files/'))
    await contract.getByRole('link', { name: /Bekijken/ }).click()
    const frame = contract.getByTestId('pdf-preview')
    await expect(frame).toBeVisible()
    expect(await frame.getAttribute('src')).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/)
    const res = await framed
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('application/pdf')
    expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'self'")

    // Download: an attachment from the same route.
    const downloading = page.waitForEvent('download')
    await contract.getByRole('link', { name: /Downloaden/ }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect(download.url()).toMatch(/\/api\/files\/[0-9a-f-]{36}\?download=1$/)

    await page.goto('/nl/documents')
    await expect(contract.getByTestId('last-opened')).not.toHaveText(
      t('nl', 'Documents.neverOpened'),
    )
    // Specification sheets show their earlier version.
    const spec = page.getByTestId('document').filter({ hasText: 'Specificatieblad P24 RS' })
    await expect(spec.getByText(t('nl', 'Documents.version', { number: 2 }))).toBeVisible()
    await spec.getByText(new RegExp(t('nl', 'Documents.history'))).click()
    await expect(spec.getByText(t('nl', 'Documents.version', { number: 1 }))).toBeVisible()

    // Search by title and filter by status.
    await page.getByRole('searchbox').fill('Specificatie')
    await page.getByRole('button', { name: t('nl', 'Documents.apply') }).click()
    await expect(page.getByTestId('document')).toHaveCount(1)
    await page.goto('/nl/documents?status=paid')
    await expect(page.getByTestId('document')).toHaveCount(1)
    await expect(page.getByTestId('status-badge')).toHaveText(t('nl', 'Documents.badge.paid'))
    expect(problems).toEqual([])
  })

  test('a full vault shows the first ten of a list and the rest on request, rendered on the server', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000)
    const customer = await activeCustomer(page, { locale: 'en', firstName: 'Robin' })
    // Twelve specification sheets, as staff upload them (REST): one list of twelve.
    const auth = { authorization: `JWT ${await staffApiToken(request, ADMIN)}` }
    const types = await request.get('/api/document-types?where[key][equals]=specification-sheet', {
      headers: auth,
    })
    const type = ((await types.json()) as { docs: { id: string }[] }).docs[0]!.id
    const titles = Array.from(
      { length: 12 },
      (_, i) => `Vault sheet ${String(i + 1).padStart(2, '0')}`,
    )
    for (const title of titles) {
      const doc = await request.post('/api/documents', {
        headers: auth,
        data: { title, type, customer: customer.id },
      })
      expect(doc.status(), await doc.text()).toBe(201)
      const version = await request.post('/api/document-versions', {
        headers: auth,
        multipart: {
          _payload: JSON.stringify({
            document: ((await doc.json()) as { doc: { id: string } }).doc.id,
          }),
          file: {
            name: `${title}.pdf`,
            mimeType: 'application/pdf',
            buffer: await onePagePdf(title),
          },
        },
      })
      expect(version.status(), await version.text()).toBe(201)
    }

    // The newest ten, and a link to the rest of the list.
    await page.goto('/en/documents')
    const documents = page.getByTestId('document')
    await expect(documents).toHaveCount(10)
    await expect(documents.filter({ hasText: 'Vault sheet 12' })).toHaveCount(1)
    await expect(documents.filter({ hasText: 'Vault sheet 01' })).toHaveCount(0)
    const showAll = page.getByTestId('show-all')
    await expect(showAll).toHaveText(
      `${t('en', 'Documents.showAll', { count: 12 })} · Specification sheet · ${t('en', 'Documents.general')}`,
    )

    // Search still looks through every document, also those the list leaves out.
    await page.getByRole('searchbox').fill('Vault sheet 01')
    await page.getByRole('button', { name: t('en', 'Documents.apply') }).click()
    await expect(documents).toHaveCount(1)
    await expect(documents).toContainText('Vault sheet 01')
    await expect(page.getByTestId('show-all')).toHaveCount(0)

    // By keyboard: the link opens the whole list; "show fewer" cuts it again.
    await page.goto('/en/documents')
    await showAll.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]group=[0-9a-f-]{36}_general#list-/)
    await expect(documents).toHaveCount(12)
    await expect(page.getByTestId('show-all')).toHaveCount(0)
    const full = page.url()
    await page.setViewportSize({ width: 390, height: 844 })
    await expectNoHorizontalScroll(page, 'documents page, a list in full')
    await page.getByTestId('show-fewer').focus()
    await page.keyboard.press('Enter')
    await expect(documents).toHaveCount(10)

    // The server renders it all: the same address read without a browser holds the twelve cards.
    const html = await (await page.request.get(full)).text()
    expect(html.match(/data-testid="document"/g)).toHaveLength(12)
    for (const title of titles) expect(html).toContain(title)

    // In Dutch and German too.
    for (const locale of ['nl', 'de'] as const) {
      await page.goto(`/${locale}/documents`)
      await expect(page.getByTestId('show-all')).toContainText(
        t(locale, 'Documents.showAll', { count: 12 }),
      )
    }
  })

  test('an invoice past its due date is overdue', async ({ page }) => {
    await signIn(page, { email: MAX.email, locale: MAX.locale })
    await page.goto('/de/documents')
    await expect(page.getByTestId('status-badge')).toHaveText(t('de', 'Documents.badge.overdue'))
    await expect(page.getByTestId('total-open')).toContainText(money('de', 48_400_00))
  })

  test.describe('on a phone 390×844', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    test('the documents page and its preview fit the screen', async ({ page }) => {
      await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
      await page.goto('/nl/documents')
      await expectNoHorizontalScroll(page, 'documents page')
      const invoice = page.getByTestId('document').filter({ hasText: 'DV-F-2026-0211' })
      await invoice.getByRole('link', { name: /Bekijken/ }).click()
      await expect(invoice.getByTestId('pdf-preview')).toBeVisible()
      await expectNoHorizontalScroll(page, 'documents page with a preview')
    })
  })
})

test.describe('documents in the back office', () => {
  test('another customer gets a 404 for her file; staff see who opened it and mark an invoice paid', async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000)
    // Sophie opens her contract (an audited view)...
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    await page.goto('/nl/documents')
    const contract = page.getByTestId('document').filter({ hasText: 'Koopovereenkomst P24 RS' })
    await contract.getByRole('link', { name: /Bekijken/ }).click()
    const src = await contract.getByTestId('pdf-preview').getAttribute('src')
    expect((await page.request.get(src!)).status()).toBe(200)

    // ...which James cannot read: the same 404 as a file that does not exist.
    const james = await browser.newContext()
    const jamesPage = await james.newPage()
    await signIn(jamesPage, { email: JAMES.email, locale: 'en', firstName: JAMES.firstName })
    const foreign = await jamesPage.request.get(src!)
    const missing = await jamesPage.request.get('/api/files/00000000-0000-4000-8000-000000000000')
    expect(foreign.status()).toBe(404)
    expect(missing.status()).toBe(404)
    await james.close()

    // Staff see the access history on the document's screen.
    const admin = await browser.newContext()
    const adminPage = await admin.newPage()
    await signInToAdmin(adminPage)
    await adminPage.goto('/admin/collections/documents?search=Sales%20contract%20P24')
    await adminPage.getByRole('link', { name: 'Sales contract P24 RS', exact: true }).click()
    await expect(adminPage.getByRole('heading', { name: 'Access history' })).toBeVisible()
    await expect(adminPage.locator('.dv-admin-access-history')).toContainText(SOPHIE.email)

    // Finance's work: an open invoice marked paid shows as paid to the customer.
    await adminPage.goto('/admin/collections/invoices?search=DV-F-2026-0211')
    await adminPage.getByRole('link', { name: 'DV-F-2026-0211' }).click()
    await chooseOption(adminPage, 'status', 'Paid')
    await adminPage.locator('#action-save').click()
    await expect(adminPage.locator('.payload-toast-container')).toContainText(/success/i)
    await admin.close()
    await page.goto('/nl/documents')
    await expect(page.getByTestId('total-open')).toContainText(t('nl', 'Documents.nothingOpen'))
  })
})
