/**
 * A small, deliberately rough reading of a User-Agent header for the sessions list ("Safari on
 * iPhone"). Order matters: Edge and Opera announce Chrome, Chrome announces Safari.
 */
export type TUserAgentInfo = {
  browser: string | null
  os: string | null
  device: 'mobile' | 'tablet' | 'desktop' | 'unknown'
}

const BROWSERS: Array<[RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\b(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\bFirefox\/(\d+)|\bFxiOS\/(\d+)/, 'Firefox'],
  [/\bCriOS\/(\d+)/, 'Chrome'],
  [/\bChrom(?:e|ium)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
]

const OSES: Array<[RegExp, string]> = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows NT\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
]

export function parseUserAgent(ua: string | null | undefined): TUserAgentInfo {
  if (!ua) return { browser: null, os: null, device: 'unknown' }
  const browser = BROWSERS.find(([re]) => re.test(ua))?.[1] ?? null
  const os = OSES.find(([re]) => re.test(ua))?.[1] ?? null
  const tablet =
    /\biPad\b|\bTablet\b/.test(ua) || (/\bAndroid\b/.test(ua) && !/\bMobile\b/.test(ua))
  const mobile = !tablet && /\bMobile\b|\biPhone\b/.test(ua)
  const device = tablet ? 'tablet' : mobile ? 'mobile' : browser || os ? 'desktop' : 'unknown'
  return { browser, os, device }
}
