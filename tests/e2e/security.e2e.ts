import { request as apiRequest } from '@playwright/test'

import { E2E } from '../../playwright.config'
import { expect, test } from './support/test'
import { SOPHIE, strongPassword } from './support/accounts'
import { chooseOption, signInToAdmin, staffApiToken } from './support/admin'
import { choosePasswordFromLink, inviteCustomer } from './support/customers'
import { t } from './support/i18n'
import { linkFrom, waitForMail } from './support/mail'
import { openOrder, sessionCookie, signIn } from './support/portal'
import { expectSecurityHeaders, LEAK, watchPolicyProblems } from './support/security'

test.describe('security headers', () => {
  test('pages, the admin, Payload REST, our API and static files all carry them', async ({
    page,
    request,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    expectSecurityHeaders(await page.request.get('/nl'), 'page', 'dashboard')

    const login = await request.get('/nl/login')
    expectSecurityHeaders(login, 'page', 'login page')
    expectSecurityHeaders(await request.get('/admin/login'), 'page', '/admin/login')
    expectSecurityHeaders(await request.get('/admin', { maxRedirects: 0 }), 'page', '/admin')
    expectSecurityHeaders(await request.get('/api/orders'), 'api', 'Payload REST')
    expectSecurityHeaders(await request.post('/api/graphql', { data: {} }), 'api', 'GraphQL')
    const health = await request.get('/api/health')
    expectSecurityHeaders(health, 'api', '/api/health')
    expect(health.headers()['x-request-id']).toMatch(/^[\w-]{36}$/)
    expectSecurityHeaders(await request.get('/brand/logo.svg'), 'static', 'brand svg')
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(await login.text())![0]
    expectSecurityHeaders(await request.get(chunk), 'static', chunk)
    // The colour-scheme client hint is the admin's alone: elsewhere it only costs a refetch.
    for (const r of [login, health, await request.get('/api/orders')]) {
      expect(r.headers()['critical-ch']).toBeUndefined()
      expect(r.headers()['accept-ch']).toBeUndefined()
    }
    expect((await request.get('/admin/login')).headers()['critical-ch']).toBe(
      'Sec-CH-Prefers-Color-Scheme',
    )
  })

  test('every page response has its own nonce, and Next puts it on its scripts', async ({
    request,
  }) => {
    const nonces = []
    for (let i = 0; i < 2; i++) {
      const res = await request.get('/en/login')
      const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'])![1]
      const html = await res.text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
      nonces.push(nonce)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })
})

test.describe('content security policy in the browser', () => {
  test('portal and back office work without a single CSP or permissions problem', async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(120_000)
    const problems = await watchPolicyProblems(context)
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    // The language menu adds a scroll-lock <style>: it must carry the nonce.
    await page.getByTestId('locale-switcher').click()
    await expect(page.getByRole('menuitem').first()).toBeVisible()
    await page.keyboard.press('Escape')
    await openOrder(page, 'nl', SOPHIE.orderNumbers[0])

    const staff = await browser.newContext()
    const adminProblems = await watchPolicyProblems(staff)
    const admin = await staff.newPage()
    await signInToAdmin(admin)
    for (const path of ['/admin/collections/customers', '/admin/collections/orders']) {
      await admin.goto(path)
      await expect(admin.locator('.collection-list')).toBeVisible()
    }
    await admin.goto('/admin/collections/customers/create')
    await chooseOption(admin, 'preferredLocale', 'Deutsch')
    await staff.close()
    expect([...problems, ...adminProblems]).toEqual([])
  })

  test('script injected into the page markup does not run; the page still works', async ({
    page,
    context,
  }) => {
    const problems = await watchPolicyProblems(context)
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    // Simulates a server-side injection bug: the dashboard HTML arrives with an inline script and
    // an inline event handler in it, under the real response headers (and so the real CSP).
    const injected =
      '<script>window.__injected = "inline script"</script>' +
      '<img src="/nope.png" onerror="window.__injected = \'event handler\'">'
    await page.route('**/nl', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback()
      const response = await route.fetch()
      const html = (await response.text()).replace(/<body[^>]*>/, (body) => body + injected)
      await route.fulfill({ response, body: html })
    })
    await page.goto('/nl')
    await expect(page.getByTestId('welcome')).toBeVisible()
    // Markup added at run time (innerHTML) cannot use an event handler either.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="/nope-2.png" onerror="window.__injected = \'runtime handler\'">',
      ),
    )
    // Next's own, nonce-carrying scripts still run: the page is interactive.
    await page.getByTestId('locale-switcher').click()
    await expect(page.getByRole('menuitem').first()).toBeVisible()
    expect(
      await page.evaluate(() => (window as { __injected?: string }).__injected),
    ).toBeUndefined()
    expect(problems.join('\n')).toMatch(/script-src-elem/)
    expect(problems.join('\n')).toMatch(/script-src-attr/)
  })

  test('markup in a customer name is shown as text in the portal, the admin and the mail', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000)
    const firstName = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const dialogs: string[] = []
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()))
    const customer = await inviteCustomer({ locale: 'en', firstName })
    const mail = await waitForMail(customer.email, {
      subject: t('en', 'Email.invitation.subject'),
    })
    expect(mail.html).not.toContain('<script>alert(2)')
    expect(mail.html).toContain('&lt;script&gt;')
    await choosePasswordFromLink(page, linkFrom(mail), 'en', strongPassword())
    await expect(page.getByTestId('welcome')).toHaveText(
      t('en', 'Dashboard.welcome', { name: firstName }),
    )
    await expect(page.locator('main script, main img[src="x"]')).toHaveCount(0)

    const staff = await browser.newContext()
    const admin = await staff.newPage()
    admin.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()))
    await signInToAdmin(admin)
    await admin.goto(`/admin/collections/customers/${customer.id}`)
    await expect(admin.locator('#field-firstName')).toHaveValue(firstName)
    await staff.close()
    expect(dialogs).toEqual([])
  })
})

test.describe('cross-site requests', () => {
  test("another site cannot use the customer's session: REST reads and writes are refused", async ({
    page,
    context,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    const me = await page.request.get('/api/customers/me')
    const { user } = (await me.json()) as { user: { id: string; phone?: string | null } }
    const foreign = { origin: 'https://attacker.example' }

    const read = await page.request.get('/api/orders?depth=0', { headers: foreign })
    expect(read.status()).toBe(403)
    expect(await read.text()).not.toContain(SOPHIE.orderNumbers[0])
    const write = await page.request.patch(`/api/customers/${user.id}`, {
      headers: foreign,
      data: { phone: '+31 6 6666 6666' },
    })
    expect(write.status()).toBe(403)

    // The same requests from the portal itself are answered: it was the Origin that counted.
    const own = { origin: E2E.baseURL }
    const ownRead = await page.request.get('/api/orders?depth=0', { headers: own })
    expect(ownRead.status()).toBe(200)
    expect(await ownRead.text()).toContain(SOPHIE.orderNumbers[0])
    const after = await page.request.get('/api/customers/me')
    expect(((await after.json()) as { user: { phone?: string } }).user.phone).toBe(user.phone)
    expect(await sessionCookie(context)).toBeDefined()
  })

  test('a form on another site cannot sign the customer out (server action)', async ({
    page,
    context,
  }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    // The portal's own sign-out form, re-hosted on an attacker's origin and submitted from there.
    const form = await page.locator('header form').evaluate((f: HTMLFormElement) => f.outerHTML)
    const target = new URL('/nl', E2E.baseURL).href
    await page.route('http://attacker.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body>${form.replace('<form', `<form action="${target}" method="post"`)}</body>`,
      }),
    )
    await page.goto('http://attacker.example/prize')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(target) && r.request().method() === 'POST'),
      page.locator('form button[type="submit"]').click(),
    ])
    // Refused as a refusal (403), not as a server error.
    expect(response.status()).toBe(403)
    await page.goto('/nl')
    await expect(page.getByTestId('welcome')).toBeVisible()
    expect(await sessionCookie(context)).toBeDefined()
  })
})

test.describe('errors reveal nothing', () => {
  test('our routes, Payload and unknown API paths answer JSON without internals', async () => {
    const api = await apiRequest.newContext({ baseURL: E2E.baseURL })
    try {
      const unknown = await api.get('/api/does-not-exist')
      expect(unknown.status()).toBe(404)
      expect(unknown.headers()['content-type']).toMatch(/json/)
      expect(await unknown.text()).not.toMatch(LEAK)

      expect((await api.post('/api/health')).status()).toBe(405)
      const metrics = await api.get('/api/metrics') // METRICS_TOKEN is unset in this run
      expect(metrics.status()).toBe(404)
      expect(metrics.headers()['content-type']).toBe('application/problem+json')

      // A limit PostgreSQL cannot hold was once a 500 from deep inside Payload; it is the caller's
      // mistake, answered 400 naming the parameter, with nothing internal in the answer.
      const token = await staffApiToken(api)
      const bad = await api.get('/api/orders?limit=99999999999999999999999', {
        headers: { authorization: `JWT ${token}` },
      })
      expect(bad.status()).toBe(400)
      expect(bad.headers()['content-type']).toBe('application/problem+json')
      expect(bad.headers()['cache-control']).toBe('private, no-store')
      const body = await bad.text()
      expect(body).toContain('limit')
      expect(body).not.toMatch(LEAK)
      expect(body).not.toMatch(/select|postgres|drizzle|bigint|out of range/i)

      // Static files are read-only: 405 with Allow, never a 500.
      for (const [method, path] of [
        ['POST', '/brand/mark.svg'],
        ['OPTIONS', '/brand/logo.svg'],
        ['PUT', '/_next/static/chunks/anything.js'],
      ] as const) {
        const r = await api.fetch(path, { method })
        expect(r.status(), `${method} ${path}`).toBe(405)
        expect(r.headers()['allow']).toBe('GET, HEAD')
      }
      expect((await api.get('/brand/mark.svg')).status()).toBe(200)
    } finally {
      await api.dispose()
    }
  })

  test("the portal's 404 page shows no stack and no internal paths", async ({ page }) => {
    const response = await page.goto('/nl/dit-bestaat-niet')
    expect(response?.status()).toBe(404)
    expect(await response!.text()).not.toMatch(LEAK)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      t('nl', 'Errors.notFoundTitle'),
    )
  })
})
