import sharp from 'sharp'

import { expect, test } from './support/test'
import { chooseOption, signInToAdmin } from './support/admin'

const photo = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 30, g: 40, b: 50 } } })
    .jpeg()
    .toBuffer()

test.describe('order media in the back office', () => {
  test('staff upload a photo; it is stored and shown only through the file route', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await signInToAdmin(page)
    // Saved, and its thumbnail loads from /api/files/<id> with the staff session. (Refusals are
    // checked at the API in tests/int/files-route.int.test.ts.)
    await page.goto('/admin/collections/order-media/create')
    await chooseOption(page, 'order', 'DV-2025-0418')
    await page.locator('#field-alt').fill('Chassis on the jig')
    await page.locator('input[type="file"]').setInputFiles({
      name: 'chassis.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(),
    })
    await page.locator('#action-save').click()
    await expect(page).toHaveURL(/\/admin\/collections\/order-media\/[0-9a-f-]{36}/, {
      timeout: 30_000,
    })
    const thumb = page.locator('img[src^="/api/files/"]').first()
    await expect(thumb).toBeVisible()
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    const src = await thumb.getAttribute('src')
    // Fetched as the page does (same origin, the admin's cookie): private and sandboxed.
    const res = await page.evaluate(async (url) => {
      const r = await fetch(url)
      return {
        status: r.status,
        cache: r.headers.get('cache-control'),
        csp: r.headers.get('content-security-policy'),
      }
    }, src!)
    expect(res).toMatchObject({ status: 200, cache: 'private, no-store' })
    expect(res.csp).toContain('sandbox')
    // Without the session the same URL is a plain 404.
    const anonymous = await page.context().browser()!.newContext()
    expect((await anonymous.request.get(new URL(src!, page.url()).href)).status()).toBe(404)
    await anonymous.close()
  })
})

test.describe('posting an update with dropped photos', () => {
  test('photos chosen in the drop zone upload with progress and join the gallery; a refused file says why', async ({
    page,
  }) => {
    test.setTimeout(150_000)
    await signInToAdmin(page)
    await page.goto('/admin/collections/production-updates/create')
    const zone = page.getByTestId('media-drop-zone')
    await expect(zone).toContainText('Choose the car first')
    await chooseOption(page, 'order', 'DV-2025-0418')
    await expect(zone).toContainText('Drop photos')
    await page.getByTestId('media-drop-input').setInputFiles([
      { name: 'paint-booth_01.jpg', mimeType: 'image/jpeg', buffer: await photo() },
      { name: 'paint-booth_02.jpg', mimeType: 'image/jpeg', buffer: await photo() },
      // Named as a photo, but it is a web page: the server's content check refuses it.
      {
        name: 'not-a-photo.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
      },
    ])
    const uploads = page.getByTestId('media-upload')
    await expect(uploads).toHaveCount(3)
    await expect(uploads.and(page.locator('[data-state="done"]'))).toHaveCount(2, {
      timeout: 60_000,
    })
    const refused = uploads.and(page.locator('[data-state="failed"]'))
    await expect(refused).toHaveCount(1)
    await expect(refused.getByRole('alert')).toContainText('cannot be uploaded here')
    // The two photos are gallery rows now, and the draft saves with them. Each row's preview comes
    // from a form-state round trip to the server, slow on a busy machine.
    await expect(page.getByRole('img', { name: 'paint booth 01' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('img', { name: 'paint booth 02' })).toBeVisible({ timeout: 30_000 })
    await page.locator('#field-title').fill('Paint booth, first coat')
    await page.locator('#action-save-draft').click()
    await expect(page).toHaveURL(/\/admin\/collections\/production-updates\/[0-9a-f-]{36}/, {
      timeout: 30_000,
    })
    const saved = await page.evaluate(async (id) => {
      const r = await fetch(`/api/production-updates/${id}?draft=true&depth=0`)
      return (await r.json()) as { gallery: { media: string }[] }
    }, page.url().split('/').pop()!)
    expect(saved.gallery).toHaveLength(2)
  })
})
