import { randomBytes } from 'node:crypto'

import { request as apiRequest, type APIRequestContext, type Page } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'
import { PDFDocument, StandardFonts } from 'pdf-lib'

import { E2E } from '../../playwright.config'
import { SOPHIE } from './support/accounts'
import { staffApiToken } from './support/admin'
import { activeCustomer, type TNewCustomer } from './support/customers'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { waitForMail } from './support/mail'
import { signIn } from './support/portal'
import { expect, test } from './support/test'

/**
 * E-signing end to end: staff prepare and send a request (through the back office's REST API and
 * the esign actions), the customer gets the mail, opens its link, reads the PDF, passes step-up
 * (a second factor is required to sign) and signs; both then find it completed with the signed
 * PDF. Also a decline, and an expired request that cannot be signed.
 */
const codeFor = (key: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  })

async function contractPdf(title: string) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage().drawText(title, { x: 50, y: 750, size: 18, font })
  return Buffer.from(await pdf.save())
}

type TStaffApi = { api: APIRequestContext; auth: { authorization: string } }
async function staffApi(): Promise<TStaffApi> {
  const api = await apiRequest.newContext({ baseURL: E2E.baseURL })
  return { api, auth: { authorization: `JWT ${await staffApiToken(api)}` } }
}

/** A contract with one PDF version for `customerId`, and a sent signature request on it. */
async function requestSignature(s: TStaffApi, customerId: string, expiresInMs = 7 * 86_400_000) {
  const { api, auth } = s
  const types = await api.get('/api/document-types?where[key][equals]=sales-contract', {
    headers: auth,
  })
  const type = ((await types.json()) as { docs: { id: string }[] }).docs[0]!.id
  const title = `Contract ${randomBytes(3).toString('hex')}`
  const doc = await api.post('/api/documents', {
    headers: auth,
    data: { title, type, customer: customerId },
  })
  expect(doc.status(), await doc.text()).toBe(201)
  const documentId = ((await doc.json()) as { doc: { id: string } }).doc.id
  const version = await api.post('/api/document-versions', {
    headers: auth,
    multipart: {
      _payload: JSON.stringify({ document: documentId }),
      file: { name: `${title}.pdf`, mimeType: 'application/pdf', buffer: await contractPdf(title) },
    },
  })
  expect(version.status(), await version.text()).toBe(201)
  const expiresAt = Date.now() + expiresInMs
  const created = await api.post('/api/signature-requests', {
    headers: auth,
    data: {
      document: documentId,
      signingOrder: 'sequential',
      expiresAt: new Date(expiresAt).toISOString(),
      message: 'Please sign your contract.',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = ((await created.json()) as { doc: { id: string } }).doc.id
  const sent = await api.post(`/api/esign/requests/${id}/send`, { headers: auth, data: {} })
  expect(sent.status(), await sent.text()).toBe(200)
  return { id, title, expiresAt }
}

/** Turns on an authenticator app on the Security page (the password confirms it first). */
async function enrolTotp(page: Page, c: TNewCustomer) {
  const L = c.locale
  await page.goto(`/${L}/account/security`)
  await page.getByRole('button', { name: t(L, 'Security.totpSetUp') }).click()
  await page.locator('input[name="password"]').fill(c.password)
  await page.getByRole('button', { name: t(L, 'Security.confirm'), exact: true }).click()
  await page.getByRole('button', { name: t(L, 'Security.totpSetUp') }).click()
  const key = (await page.getByTestId('totp-key').textContent())!.trim()
  await page.locator('input[name="code"]').fill(codeFor(key))
  await page.getByRole('button', { name: t(L, 'Security.totpConfirm') }).click()
  await expect(page.getByTestId('recovery-codes')).toBeVisible()
  return key
}

test.describe('e-signing', () => {
  test('staff request a signature; the customer signs from the mail with step-up; both get the signed PDF', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const c = await activeCustomer(page, { locale: 'en', firstName: 'Signe' })
    const s = await staffApi()
    const { id, title } = await requestSignature(s, c.id)

    // The mail links to the signing page (never the document itself).
    const mail = await waitForMail(c.email, { subject: new RegExp(title) })
    const link = new RegExp(`https?://\\S+/documents/sign/${id}`).exec(mail.text)?.[0]
    expect(link, mail.text).toBeTruthy()
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, ''))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByTestId('pdf-preview')).toBeVisible()
    await expectNoHorizontalScroll(page, 'signing page')

    // Without a second factor signing is not possible: step-up asks to set one up first.
    await expect(page.getByTestId('step-up')).toContainText(t('en', 'Esign.setupFactor'))
    await expect(page.getByTestId('sign-button')).toBeDisabled()
    const key = await enrolTotp(page, c)

    // With a factor: step-up asks for it (the confirm page), then comes back here.
    await page.goto(`/en/documents/sign/${id}`)
    await expect(page.getByTestId('step-up')).toContainText(t('en', 'Esign.stepUpBody'))
    await expect(page.getByTestId('sign-button')).toBeDisabled()
    await page.getByRole('link', { name: t('en', 'Esign.stepUpButton') }).click()
    await expect(page).toHaveURL(/\/en\/account\/confirm\?next=/)
    // The enrolment used the current step: the app's next code is the one accepted now.
    await page.getByLabel(t('en', 'Security.codeLabel')).fill(codeFor(key, 1))
    await page.getByRole('button', { name: t('en', 'Security.verify') }).click()
    await expect(page).toHaveURL(new RegExp(`/en/documents/sign/${id}$`))
    await expect(page.getByTestId('step-up')).toHaveCount(0)
    // Intent is required: the form says so instead of sending.
    await page.getByTestId('sign-button').click()
    await expect(page.getByText(t('en', 'Esign.errors.intent'))).toBeVisible()
    await page.getByLabel(t('en', 'Esign.intent')).check()
    await page.getByLabel(t('en', 'Esign.legalName')).fill('Signe Testcase')
    // A drawn signature: a stroke on the canvas.
    await page.getByText(t('en', 'Esign.draw'), { exact: true }).click()
    const pad = page.getByTestId('signature-canvas')
    await pad.scrollIntoViewIfNeeded()
    const box = (await pad.boundingBox())!
    await page.mouse.move(box.x + 20, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 8 })
    await page.mouse.move(box.x + box.width - 20, box.y + box.height - 10, { steps: 8 })
    await page.mouse.up()
    await page.getByTestId('sign-button').click()
    await expect(page.getByTestId('signing-state')).toHaveAttribute('data-state', 'completed')

    const downloading = page.waitForEvent('download')
    await page.getByTestId('download-signed').click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/-signed\.pdf$/)

    // The documents page marks it signed.
    await page.goto('/en/documents')
    const card = page.getByTestId('document').filter({ hasText: title })
    await expect(card.getByTestId('signature-badge')).toHaveText(t('en', 'Esign.badge.signed'))

    // Staff see it completed and download the same signed PDF.
    const record = await s.api.get(`/api/signature-requests/${id}`, { headers: s.auth })
    const r = (await record.json()) as { status: string; signedFile: string }
    expect(r.status).toBe('completed')
    const file = await s.api.get(`/api/files/${r.signedFile}?download=1`, { headers: s.auth })
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('application/pdf')
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await s.api.dispose()
  })

  test('a customer declines with a reason; an expired request cannot be signed', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const c = await activeCustomer(page, { locale: 'de', firstName: 'Dora' })
    const s = await staffApi()
    const declined = await requestSignature(s, c.id)
    await page.goto(`/de/documents/sign/${declined.id}`)
    await page.getByText(t('de', 'Esign.decline')).click()
    await page.getByTestId('decline-button').click()
    await expect(page.getByText(t('de', 'Esign.errors.reason'))).toBeVisible()
    await page.getByLabel(t('de', 'Esign.declineReason')).fill('Der Preis stimmt nicht.')
    await page.getByTestId('decline-button').click()
    await expect(page.getByTestId('signing-state')).toHaveAttribute('data-state', 'declined')
    const record = await s.api.get(`/api/signature-requests/${declined.id}`, { headers: s.auth })
    expect(((await record.json()) as { status: string }).status).toBe('declined')

    const expiring = await requestSignature(s, c.id, 15_000)
    await page.waitForTimeout(expiring.expiresAt - Date.now() + 1_000)
    await page.goto(`/de/documents/sign/${expiring.id}`)
    await expect(page.getByTestId('signing-state')).toHaveAttribute('data-state', 'expired')
    await expect(page.getByTestId('signing-state')).toContainText(t('de', 'Esign.state.expired'))
    await expect(page.getByTestId('sign-form')).toHaveCount(0)
    await s.api.dispose()
  })

  test("demo: Sophie's contract waits for her signature and her specification sheet is signed", async ({
    page,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    await page.goto('/nl/documents')
    const contract = page.getByTestId('document').filter({ hasText: 'Koopovereenkomst P24 RS' })
    await expect(contract.getByTestId('signature-badge')).toHaveText(t('nl', 'Esign.badge.toSign'))
    const spec = page.getByTestId('document').filter({ hasText: 'Specificatieblad P24 RS' })
    await expect(spec.getByTestId('signature-badge')).toHaveText(t('nl', 'Esign.badge.signed'))
    await contract.getByRole('link', { name: t('nl', 'Esign.reviewAndSign') }).click()
    await expect(page.getByTestId('sign-form')).toBeVisible()
  })
})
