import { expect, test } from './support/test'
import { ADMIN, JAMES, SOPHIE } from './support/accounts'
import { staffApiToken } from './support/admin'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { expectNotFoundPage, signIn, UUID } from './support/portal'

const FILM = 'P24 RS: the first shakedown'
const MAX = { email: 'max@customer.example', locale: 'de' as const }

test.describe('media library', () => {
  test('a film for P24 RS owners plays and seeks for Sophie, and James never meets it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000)
    await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t('en', 'Shell.nav.media') })
      .first()
      .click()
    await expect(page).toHaveURL(/\/en\/media$/)
    const featured = page.getByTestId('media-featured')
    await expect(featured).toContainText(FILM)
    await expect(featured.getByTestId('media-new')).toBeVisible()
    await featured.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/en/media/${UUID.source}$`))
    const itemUrl = page.url()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FILM)

    // The demo film is transcoded by the job queue after start; until then the page says so.
    const video = page.getByTestId('media-video')
    await expect
      .poll(
        async () => {
          if (await video.count()) return true
          await page.waitForTimeout(3000)
          await page.reload()
          return false
        },
        { timeout: 180_000, message: 'the demo film became playable' },
      )
      .toBe(true)
    // Subtitles in every language, the reader's own on by default, served by the file route.
    const tracks = video.locator('track[kind="subtitles"]')
    await expect(tracks).toHaveCount(3)
    await expect(video.locator('track[srclang="en"]')).toHaveAttribute('default', '')
    await expect(video.locator('track[srclang="nl"]')).toHaveAttribute('label', 'Nederlands')
    const captions = await page.request.get(
      (await video.locator('track[srclang="de"]').getAttribute('src'))!,
    )
    expect(captions.headers()['content-type']).toMatch(/^text\/vtt/)
    expect(await captions.text()).toMatch(/^WEBVTT/)
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
      return v.play()
    })
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThan(0)
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 5
    })
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThanOrEqual(5)
    // Keyboard on the player: space pauses.
    await page.getByRole('group', { name: `Video: ${FILM}` }).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true)

    // Opened: no longer new for her.
    await page.goto('/en/media')
    await expect(page.getByTestId('media-featured').getByTestId('media-new')).toHaveCount(0)

    const other = await browser.newContext()
    const james = await other.newPage()
    await signIn(james, { email: JAMES.email, locale: 'en' })
    await james.goto('/en/media')
    await expect(james.getByTestId('media-card').first()).toBeVisible()
    await expect(james.getByText(FILM)).toHaveCount(0)
    await james.goto(itemUrl)
    await expectNotFoundPage(james, 'en')
    await other.close()
  })

  test('a story published for one model: its owner is told, nobody else sees it', async ({
    page,
    request,
  }) => {
    // The demo's marketing account sets up its second factor at first sign-in; the admin has one.
    const token = await staffApiToken(request, ADMIN)
    const title = `JD70 owners' evening ${Date.now()}`
    const created = await request.post('/api/media-items', {
      headers: { authorization: `JWT ${token}` },
      data: {
        type: 'news',
        title,
        summary: 'An evening in Lelystad for owners of the GTO-JD70.',
        audience: 'models',
        targetModels: ['d8-gto-jd70'],
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)

    // Max owns a D8 GTO-JD70 (and reads the portal in German; the title is English only).
    await signIn(page, MAX)
    await page.goto('/de/notifications')
    await expect(page.getByText(t('de', 'Media.notify.news')).first()).toBeVisible()
    await page.goto('/de/media?type=news')
    const card = page.getByTestId('media-card').filter({ hasText: title })
    await expect(card.getByTestId('media-new')).toBeVisible()

    await page.context().clearCookies()
    await signIn(page, { email: JAMES.email, locale: 'en' })
    await page.goto('/en/media?type=news')
    await expect(page.getByTestId('media-card').first()).toBeVisible()
    await expect(page.getByText(title)).toHaveCount(0)
  })
})

test.describe('media library on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the library and a story fit the screen, in Dutch', async ({ page }) => {
    await signIn(page, { email: SOPHIE.email, locale: 'nl', firstName: SOPHIE.firstName })
    await page.goto('/nl/media')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'Media.title'))
    await expectNoHorizontalScroll(page, 'media library')
    await page.getByRole('link', { name: t('nl', 'Media.types.factory-tour'), exact: true }).click()
    await expect(page.getByTestId('media-card')).toHaveCount(1)
    await page.getByTestId('media-card').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Rondleiding: van chassis tot eerste start',
    )
    await expectNoHorizontalScroll(page, 'media story')
  })
})
