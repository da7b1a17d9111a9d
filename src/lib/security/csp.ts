/**
 * Content-Security-Policy values. Pure (no env, no Node APIs) so next.config.ts, the proxy and
 * unit tests can all import it.
 */
import { EMBED_ORIGINS } from '../media/external-video'

export type TCspProfile = 'portal' | 'admin'

type TDirectives = Record<string, string[]>

export function serializeCsp(directives: TDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/**
 * For every response the proxy does not give a page policy (API answers, static files, a page
 * the proxy skips): nothing may run, frame it or post from it. Stylesheets and images still
 * load, so an SVG or a page opened directly is readable.
 */
export const BASELINE_CSP = serializeCsp({
  'default-src': ["'none'"],
  'script-src': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
})

type TCspInput = {
  profile: TCspProfile
  nonce: string
  /** Served over HTTPS: upgrade any http:// subresource. */
  https: boolean
  /** `next dev`: React rebuilds server error stacks with eval, and hot reload needs a websocket. */
  dev: boolean
  /**
   * A story page that may play a film hosted on YouTube or Vimeo: frames from exactly their
   * privacy-enhanced players (src/lib/media/external-video.ts). Every other page frames only itself.
   */
  embeds?: boolean
}

/** Story pages of the media library (/[locale]/media/[id]): the only ones with embedded films. */
export const EMBED_PAGE = /^\/(?:nl|en|de)\/media\/[0-9a-f-]{36}\/?$/i

/**
 * The page policy. Scripts run only with this response's nonce ('strict-dynamic' lets those
 * scripts load Next's chunks); Next puts the nonce on its own scripts when it finds it in the
 * request's CSP header (see src/proxy.ts).
 *
 * Measured in Chromium 156 against a production build (portal sign-in, dashboard, language
 * menu, order page; admin sign-in, lists, create forms, account, a react-select opened), and
 * kept in check by tests/e2e/security.e2e.ts:
 * - Portal: Next and Tailwind need no inline <style>, and the menus are native popovers (no
 *   scroll lock injecting one). So style elements are nonce-only.
 * - Admin (Payload 3.90): its scripts run with the nonce alone — no 'unsafe-eval', no inline
 *   script. But its server-rendered HTML holds <style> elements without a nonce and its bundles
 *   inject more at run time (react-select/emotion), so admin style elements need
 *   'unsafe-inline'. Style cannot run script; scripts stay nonce-only there too.
 * - Style attributes: today's portal pages set none in their HTML (React and Radix style through
 *   the CSSOM, which CSP does not govern), but Next's built-in error pages, global-error.tsx and
 *   Radix primitives rendered on the server do; `style-src-attr 'unsafe-inline'` keeps them
 *   working while an injected <style> element stays blocked.
 */
export function buildCsp({ profile, nonce, https, dev, embeds }: TCspInput): string {
  const nonceSource = `'nonce-${nonce}'`
  const styleElements =
    profile === 'admin' || dev ? ["'self'", "'unsafe-inline'"] : ["'self'", nonceSource]
  return serializeCsp({
    'default-src': ["'self'"],
    'script-src': ["'self'", nonceSource, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // `style-src` for browsers without the CSP3 split; the two below refine it where supported.
    'style-src': styleElements,
    'style-src-elem': styleElements,
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // hls.js plays through Media Source Extensions: the <video> gets a blob: URL of our own.
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'frame-src': ["'self'", ...(embeds && profile === 'portal' ? EMBED_ORIGINS : [])],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
