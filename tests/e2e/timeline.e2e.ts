import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { E2E } from '../../playwright.config'
import { expect, test } from './support/test'
import { SOPHIE } from './support/accounts'
import { staffApiToken } from './support/admin'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { openOrder, signIn } from './support/portal'

const ORDER = 'DV-2025-0418'
const run = promisify(execFile)

const photo = (r: number, g: number, b: number) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: { r, g, b } } })
    .jpeg()
    .toBuffer()

async function staffApi(api: APIRequestContext) {
  const auth = { authorization: `JWT ${await staffApiToken(api)}` }
  const get = async (path: string) => {
    const res = await api.get(path, { headers: auth })
    expect(res.status(), path).toBe(200)
    return res.json()
  }
  const order = (await get(`/api/orders?where[orderNumber][equals]=${ORDER}&depth=0`)).docs[0]
  return { auth, order, get }
}

test.describe('production timeline', () => {
  test('staff publish an update with two photos: the customer sees it new, opens the lightbox; then it is seen', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    const { auth, order } = await staffApi(request)
    const alts = ['Stitching of the seat, close up', 'The finished dashboard']
    const media: string[] = []
    for (const [i, alt] of alts.entries()) {
      const res = await request.post('/api/order-media', {
        headers: auth,
        multipart: {
          _payload: JSON.stringify({ order: order.id, alt }),
          file: {
            name: `interior-${randomBytes(4).toString('hex')}.jpg`,
            mimeType: 'image/jpeg',
            buffer: await photo(40 + i * 60, 30, 30),
          },
        },
      })
      expect(res.status(), await res.text()).toBe(201)
      media.push((await res.json()).doc.id)
    }
    const title = `Interior stitched ${randomBytes(3).toString('hex')}`
    const created = await request.post('/api/production-updates', {
      headers: auth,
      data: {
        order: order.id,
        title,
        gallery: media.map((m) => ({ media: m })),
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)

    await signIn(page, { email: SOPHIE.email, locale: 'nl' })
    const latest = page.getByTestId('latest-update')
    await expect(latest).toContainText(title)
    await expect(latest).toContainText(t('nl', 'Timeline.new'))
    await openOrder(page, 'nl', ORDER)
    const update = page.getByTestId('update').first()
    await expect(update).toContainText(title)
    await expect(update.getByTestId('update-new')).toBeVisible()
    const thumbs = update.getByTestId('update-gallery').getByRole('button')
    await expect(thumbs).toHaveCount(2)
    await expect(thumbs.first().locator('img')).toHaveAttribute('alt', alts[0])

    await thumbs.first().click()
    const box = page.getByRole('dialog', { name: t('nl', 'Timeline.lightbox.dialog') })
    await expect(box).toBeVisible()
    await expect(box.locator('img')).toHaveAttribute('alt', alts[0])
    await expect
      .poll(() => box.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    await page.keyboard.press('ArrowRight')
    await expect(box).toContainText(t('nl', 'Timeline.lightbox.counter', { n: 2, total: 2 }))
    await expect(box.locator('img')).toHaveAttribute('alt', alts[1])
    await page.keyboard.press('Escape')
    await expect(box).toBeHidden()
    await expect(thumbs.first()).toBeFocused()

    // Seen now: no longer new on the next visit.
    await page.reload()
    await expect(page.getByTestId('update').first()).toContainText(title)
    await expect(page.getByTestId('update').first().getByTestId('update-new')).toHaveCount(0)
  })

  test('an ERP event sent with the script moves a milestone to done; an estimate change shows its reason', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    const { auth, order, get } = await staffApi(request)
    const milestones = await get(
      `/api/order-milestones?where[order][equals]=${order.id}&where[key][equals]=powertrain&depth=0`,
    )
    expect(milestones.docs[0].state).not.toBe('done')
    const { stdout } = await run(
      'node_modules/.bin/tsx',
      [
        'scripts/erp-send.ts',
        '--order',
        ORDER,
        '--milestone',
        'powertrain',
        '--state',
        'done',
        '--url',
        E2E.baseURL,
      ],
      { env: { ...process.env, ERP_WEBHOOK_SECRET: E2E.erpSecret } },
    )
    expect(stdout).toContain('200')

    const reason = `Extra dyno run for your engine ${randomBytes(3).toString('hex')}`
    const moved = await request.post('/api/delivery-estimate-changes', {
      headers: auth,
      data: {
        order: order.id,
        toStart: new Date(Date.UTC(2030, 4, 1)).toISOString(),
        toEnd: new Date(Date.UTC(2030, 5, 1)).toISOString(),
        reason,
      },
    })
    expect(moved.status(), await moved.text()).toBe(201)

    await signIn(page, { email: SOPHIE.email, locale: 'nl' })
    await openOrder(page, 'nl', ORDER)
    const powertrain = page.getByTestId('milestone').filter({ hasText: 'Aandrijflijn' })
    await expect(powertrain).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('estimate-history')).toContainText(reason)
    await expect(page.getByTestId('estimate-history')).toContainText('mei – juni 2030')
  })

  test.describe('on a 390 px phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    test('the timeline and the lightbox fit the screen', async ({ page }) => {
      await signIn(page, { email: SOPHIE.email, locale: 'nl' })
      await openOrder(page, 'nl', ORDER)
      await expect(page.getByTestId('timeline-stages')).toBeVisible()
      await expect(page.getByTestId('timeline-now')).toBeVisible()
      await expectNoHorizontalScroll(page, 'car page with its timeline')
      const thumb = page.getByTestId('update-gallery').first().getByRole('button').first()
      await thumb.tap()
      const box = page.getByTestId('lightbox')
      await expect(box).toBeVisible()
      const size = await box.boundingBox()
      expect(size?.width).toBeLessThanOrEqual(390)
      await page.keyboard.press('Escape')
      await expect(box).toBeHidden()
    })
  })
})
