import { describe, expect, it } from 'vitest'

import { parseUserAgent } from './user-agent'

const UA = {
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidTablet:
    'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
  opera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  firefoxIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
}

describe('parseUserAgent', () => {
  it.each([
    ['chromeMac', 'Chrome', 'macOS', 'desktop'],
    ['safariIphone', 'Safari', 'iPhone', 'mobile'],
    ['safariMac', 'Safari', 'macOS', 'desktop'],
    ['edgeWindows', 'Edge', 'Windows', 'desktop'],
    ['firefoxLinux', 'Firefox', 'Linux', 'desktop'],
    ['chromeAndroid', 'Chrome', 'Android', 'mobile'],
    ['androidTablet', 'Chrome', 'Android', 'tablet'],
    ['ipad', 'Chrome', 'iPad', 'tablet'],
    ['opera', 'Opera', 'Windows', 'desktop'],
    ['samsung', 'Samsung Internet', 'Android', 'mobile'],
    ['firefoxIos', 'Firefox', 'iPhone', 'mobile'],
  ] as const)('reads %s', (key, browser, os, device) => {
    expect(parseUserAgent(UA[key])).toEqual({ browser, os, device })
  })

  it('answers unknown for a missing or unreadable header', () => {
    expect(parseUserAgent(null)).toEqual({ browser: null, os: null, device: 'unknown' })
    expect(parseUserAgent('')).toEqual({ browser: null, os: null, device: 'unknown' })
    expect(parseUserAgent('curl/8.5.0')).toEqual({ browser: null, os: null, device: 'unknown' })
  })
})
