import type { Locator, Page } from '@playwright/test'

import { expect, test } from './support/test'
import { ADMIN, JAMES, SOPHIE } from './support/accounts'
import { staffApiToken } from './support/admin'
import { activeCustomer } from './support/customers'
import { t } from './support/i18n'
import { expectNoHorizontalScroll } from './support/layout'
import { expectNotFoundPage, signIn, UUID } from './support/portal'
import { watchPolicyProblems } from './support/security'

const FILM = 'P24 RS: the first shakedown'
const FILM_TITLE = { en: FILM, nl: 'P24 RS: de eerste testrit' }
const MAX = { email: 'max@customer.example', locale: 'de' as const }

/** Sophie's way to the demo film from the library's featured item; answers the video element. */
async function openFilm(page: Page, locale: 'en' | 'nl') {
  await page.goto(`/${locale}/media`)
  await page.getByTestId('media-featured').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FILM_TITLE[locale])
  const video = page.getByTestId('media-video')
  await expect(video).toHaveCount(1)
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(5)
  return video
}

const currentTime = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.currentTime)

/** The sources of one directive of a Content-Security-Policy header, sorted. */
function cspSources(header: string | undefined, directive: string) {
  const found = (header ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
  return found ? found.slice(1).sort() : null
}

const isProgressReport = (r: { method: () => string; url: () => string }) =>
  r.method() === 'POST' && /\/api\/media\/[0-9a-f-]{36}\/progress$/.test(r.url())

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

  test('the branded player: keys, seeking, quality, subtitles and the seek preview', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
    // The demo film was transcoded for the test before this one.
    const video = await openFilm(page, 'en')
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
    })
    const player = page.getByRole('group', { name: `Video: ${FILM}` })
    const controls = player.getByTestId('media-controls')

    // K plays, Space pauses; the play button says what it will do.
    await player.focus()
    await page.keyboard.press('k')
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false)
    await expect(
      controls.getByRole('button', { name: t('en', 'Media.player.pause') }),
    ).toBeVisible()
    await page.keyboard.press('Space')
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true)
    await expect(controls.getByRole('button', { name: t('en', 'Media.player.play') })).toBeVisible()

    // Arrows move five seconds, digits jump to tenths; the seek bar reads the position aloud.
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 0.5
    })
    await expect.poll(() => currentTime(video)).toBeCloseTo(0.5, 1)
    await player.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => currentTime(video)).toBeCloseTo(5.5, 1)
    const seek = controls.getByRole('slider', { name: t('en', 'Media.player.seek') })
    await expect(seek).toHaveAttribute('aria-valuetext', '0:05 of 0:06')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => currentTime(video)).toBeCloseTo(0.5, 1)
    await page.keyboard.press('5')
    await expect.poll(() => currentTime(video)).toBeCloseTo(3, 1)
    await seek.focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => currentTime(video)).toBeLessThan(0.1)
    await expect(seek).toHaveAttribute('aria-valuetext', '0:00 of 0:06')

    // Quality: automatic and every rendition, chosen by pointer or keys.
    const quality = controls.getByRole('button', { name: t('en', 'Media.quality') })
    await quality.click()
    const qualityMenu = player.getByRole('menu', { name: t('en', 'Media.quality') })
    await expect(qualityMenu.getByRole('menuitemradio')).toHaveText([
      new RegExp(`^${t('en', 'Media.auto')}`),
      '1080p',
      '720p',
      '480p',
    ])
    await expect(qualityMenu.getByRole('menuitemradio', { checked: true })).toHaveText(
      new RegExp(`^${t('en', 'Media.auto')}`),
    )
    // hls.js switches at once, also while paused: the rendition on screen becomes 480p.
    await qualityMenu.getByRole('menuitemradio', { name: '480p' }).click()
    await expect(player).toHaveAttribute('data-rendition', '480')
    await expect(qualityMenu).toHaveCount(0)
    await expect(quality).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(qualityMenu.getByRole('menuitemradio', { checked: true })).toHaveText('480p')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(player).toHaveAttribute('data-rendition', '720')
    await page.keyboard.press('Escape')
    await expect(qualityMenu).toHaveCount(0)

    // Subtitles: the reader's language is on; the menu switches the track, Off and C toggle.
    const caption = player.getByTestId('media-caption')
    await expect(caption).toHaveText('First shakedown on the track.')
    await controls.getByRole('button', { name: t('en', 'Media.player.captions') }).click()
    const captionsMenu = player.getByRole('menu', { name: t('en', 'Media.player.captions') })
    await expect(captionsMenu.getByRole('menuitemradio')).toHaveText([
      t('en', 'Media.player.captionsOff'),
      'Nederlands',
      'English',
      'Deutsch',
    ])
    await captionsMenu.getByRole('menuitemradio', { name: 'Deutsch' }).click()
    await expect(caption).toHaveText('Erste Testfahrt auf der Strecke.')
    const modes = () =>
      video.evaluate((v: HTMLVideoElement) =>
        Object.fromEntries(Array.from(v.textTracks, (tr) => [tr.language, tr.mode])),
      )
    expect(await modes()).toEqual({ nl: 'disabled', en: 'disabled', de: 'hidden' })
    await player.focus()
    await page.keyboard.press('c')
    await expect(caption).toHaveCount(0)
    expect(await modes()).toEqual({ nl: 'disabled', en: 'disabled', de: 'disabled' })
    await page.keyboard.press('c')
    await expect(caption).toHaveText('Erste Testfahrt auf der Strecke.')

    // Hovering the seek bar shows that moment's tile of the thumbnail strip, and its time.
    const box = (await seek.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2)
    const preview = player.getByTestId('media-seek-preview')
    await expect(preview).toBeVisible()
    await expect(preview).toContainText('0:04')
    const thumbnail = preview.getByTestId('media-seek-thumbnail')
    await expect(thumbnail).toBeVisible()
    const image = await thumbnail.evaluate((el) => getComputedStyle(el).backgroundImage)
    expect(image).toMatch(/\/api\/files\//)
    // The tile of 0:04 is the fifth of a row of 160 px tiles.
    expect(await thumbnail.evaluate((el) => getComputedStyle(el).backgroundPosition)).toBe(
      '-640px 0px',
    )
    const sprite = await page.request.get(image.replace(/^url\("(.*)"\)$/, '$1'))
    expect(sprite.status()).toBe(200)
    expect(sprite.headers()['content-type']).toBe('image/jpeg')
    await page.mouse.move(box.x + box.width / 2, box.y - 200)
    await expect(preview).toHaveCount(0)
  })

  test('a YouTube or Vimeo film plays in the privacy-enhanced player its page alone may frame', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    // YouTube and Vimeo cannot be reached from here: a fake player answers their frame requests.
    // The browser asks for a frame only when the page's CSP allows it, so reaching the fake
    // is itself the proof that frame-src lets the privacy-enhanced host in.
    const framed: string[] = []
    await page.route(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//, (route) => {
      framed.push(route.request().url())
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Fake player</title><p>Fake external player</p>',
      })
    })
    const problems = await watchPolicyProblems(page.context())
    const customer = await activeCustomer(page, { locale: 'en', firstName: 'Robin' })
    const token = await staffApiToken(request, ADMIN)
    const story = async (title: string, externalUrl: string) => {
      const created = await request.post('/api/media-items', {
        headers: { authorization: `JWT ${token}` },
        data: {
          type: 'interview',
          title,
          externalUrl,
          audience: 'customers',
          targetCustomers: [customer.id],
          _status: 'published',
        },
      })
      expect(created.status(), await created.text()).toBe(201)
      return ((await created.json()) as { doc: { id: string } }).doc.id
    }
    const films = [
      {
        id: await story('Interview on YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
        src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      },
      {
        id: await story('Interview on Vimeo', 'https://vimeo.com/76979871'),
        src: 'https://player.vimeo.com/video/76979871?dnt=1',
      },
    ]
    for (const film of films) {
      const res = await page.goto(`/en/media/${film.id}`)
      expect(cspSources(res?.headers()['content-security-policy'], 'frame-src')).toEqual([
        "'self'",
        'https://player.vimeo.com',
        'https://www.youtube-nocookie.com',
      ])
      const embed = page.getByTestId('media-embed')
      await expect(embed).toHaveAttribute('src', film.src)
      await expect(
        page.frameLocator('[data-testid="media-embed"]').getByText('Fake external player'),
      ).toBeVisible()
    }
    // Only those two players were ever asked for.
    expect(new Set(framed)).toEqual(new Set(films.map((f) => f.src)))

    // The library itself frames nothing from elsewhere.
    const library = await page.goto('/en/media')
    expect(cspSources(library?.headers()['content-security-policy'], 'frame-src')).toEqual([
      "'self'",
    ])
    await expect(page.getByText('Interview on YouTube').first()).toBeVisible()
    expect(problems).toEqual([])
  })

  test('the film page reports the view and lets the request go; nobody else may report', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000)
    await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
    // Finished means the browser let go of it, not just that an answer arrived: a report whose
    // answer nobody read stayed open and kept the page from ever going network-idle.
    const reported = page.waitForEvent('requestfinished', { predicate: isProgressReport })
    await openFilm(page, 'en')
    const report = await reported
    expect(report.postDataJSON()).toEqual({ opened: true })
    expect((await report.response())?.status()).toBe(204)

    const other = await browser.newContext()
    const james = await other.newPage()
    await signIn(james, { email: JAMES.email, locale: 'en' })
    const foreign = await james.request.post(report.url(), {
      headers: { origin: new URL(report.url()).origin },
      data: { opened: true },
    })
    expect(foreign.status()).toBe(404)
    expect(foreign.headers()['content-type']).toMatch(/^application\/problem\+json/)
    await other.close()
  })

  test('the controls fade after three quiet seconds of play and return on a pointer move or keyboard focus', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    // The fade runs on the page's timers: the test moves the page's clock instead of waiting.
    await page.clock.install()
    await signIn(page, { email: SOPHIE.email, locale: 'en', firstName: SOPHIE.firstName })
    const video = await openFilm(page, 'en')
    const player = page.getByRole('group', { name: `Video: ${FILM}` })
    const controls = player.getByTestId('media-controls')
    // Slow, looping and muted, the six-second film plays for as long as the test needs.
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
      v.loop = true
      v.playbackRate = 0.25
    })
    await player.focus()
    await page.keyboard.press('k')
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false)
    await expect
      .poll(() =>
        video.evaluate((v: HTMLVideoElement) =>
          v.buffered.length ? v.buffered.end(v.buffered.length - 1) - v.duration : -1,
        ),
      )
      .toBeGreaterThan(-0.5)
    // From here on the page's timers fire only when the test says so; the film plays on. A key
    // that commands nothing is still activity: the three seconds start now.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100)
    await page.keyboard.press('Shift')
    await expect(controls).toHaveAttribute('data-shown', 'true')
    await page.clock.runFor(1_000)
    await expect(controls).toHaveAttribute('data-shown', 'true')
    await page.clock.runFor(2_500)
    await expect(controls).toHaveAttribute('data-shown', 'false')
    await expect(player).toHaveClass(/cursor-none/)

    // A pointer moving over the film brings them back, for another three seconds.
    const box = (await player.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
    await expect(controls).toHaveAttribute('data-shown', 'true')
    await page.clock.runFor(3_500)
    await expect(controls).toHaveAttribute('data-shown', 'false')

    // Tabbing into the bar shows it, and it stays while a control has focus.
    await page.keyboard.press('Tab')
    await expect(controls.getByRole('slider', { name: t('en', 'Media.player.seek') })).toBeFocused()
    await expect(controls).toHaveAttribute('data-shown', 'true')
    await page.clock.runFor(10_000)
    await expect(controls).toHaveAttribute('data-shown', 'true')
    // Back on the player itself, the bar fades again once the keys rest.
    await page.keyboard.press('Shift+Tab')
    await expect(player).toBeFocused()
    await page.clock.runFor(3_500)
    await expect(controls).toHaveAttribute('data-shown', 'false')
    expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false)
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

    await openFilm(page, 'nl')
    await expectNoHorizontalScroll(page, 'media film')
    const controls = page.getByTestId('media-controls')
    for (const button of await controls.getByRole('button').all()) {
      const size = (await button.boundingBox())!
      expect(
        size.width,
        (await button.getAttribute('aria-label')) ?? 'button',
      ).toBeGreaterThanOrEqual(44)
      expect(
        size.height,
        (await button.getAttribute('aria-label')) ?? 'button',
      ).toBeGreaterThanOrEqual(44)
    }
    expect(
      (await controls.getByRole('slider').first().boundingBox())!.height,
    ).toBeGreaterThanOrEqual(44)
  })
})
