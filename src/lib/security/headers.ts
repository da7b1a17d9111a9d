import { BASELINE_CSP } from './csp'

/**
 * Security headers for every response: pages, Payload's REST/GraphQL, our /api routes and static
 * files. Pure, so next.config.ts can apply them to all routes at build time and the proxy can
 * repeat the ones that depend on run-time settings.
 */
export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * Powerful browser features the portal does not use, switched off for its pages and any frame.
 * Left at the browser default on purpose: fullscreen and picture-in-picture (video player),
 * publickey-credentials-* (passkeys). `camera` will become (self) for the check-in page only.
 * Only names Chromium knows: an unknown one is a console error on every page.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(', ')

export type THeader = { key: string; value: string }

/**
 * Keys are lower-case so that the proxy's page policy replaces the baseline CSP instead of
 * being sent next to it (two CSP headers would both be enforced).
 */
export function securityHeaders({ https }: { https: boolean }): THeader[] {
  return [
    { key: 'x-content-type-options', value: 'nosniff' },
    { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
    { key: 'permissions-policy', value: PERMISSIONS_POLICY },
    { key: 'x-frame-options', value: 'DENY' },
    { key: 'cross-origin-opener-policy', value: 'same-origin' },
    { key: 'content-security-policy', value: BASELINE_CSP },
    // Only where we are really served over HTTPS: on http://localhost it would pin the browser.
    ...(https ? [{ key: 'strict-transport-security', value: HSTS }] : []),
  ]
}

export function isHttps(url: string | undefined): boolean {
  return Boolean(url?.startsWith('https://'))
}
