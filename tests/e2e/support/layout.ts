import { expect, type Page } from '@playwright/test'

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  const screen = page.viewportSize()!.width
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  // With mobile emulation the browser may zoom out to fit wide content, which also widens
  // innerWidth; comparing with the configured screen width too keeps that from hiding overflow.
  return Math.max(0, scrollWidth - innerWidth, scrollWidth - screen)
}

/** The page fits the screen: no sideways scrolling. Re-measured until late layout (fonts, images) settles. */
export async function expectNoHorizontalScroll(page: Page, what: string) {
  await page.waitForLoadState('load')
  await expect
    .poll(() => horizontalOverflow(page), {
      message: `${what} scrolls sideways (px)`,
      timeout: 5_000,
    })
    .toBe(0)
}
