/**
 * Content-Security-Policy values. Pure (no env, no Node APIs) so next.config.ts, the proxy and
 * unit tests can all import it.
 */
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
}

/**
 * The page policy. Scripts run only with this response's nonce ('strict-dynamic' lets those
 * scripts load Next's chunks); Next puts the nonce on its own scripts when it finds it in the
 * request's CSP header (see src/proxy.ts).
 *
 * Styles: Next and Tailwind need no inline <style> in the portal, but React renders `style`
 * attributes (Radix positions its menu with them), which a nonce cannot cover. Hence element
 * styles by nonce and only attributes inline (`style-src-attr`): an injected <style> stays blocked.
 *
 * Payload's admin (measured in Chromium, see tests/e2e/security.e2e.ts): its scripts work with
 * the nonce and 'strict-dynamic' like the portal's — no 'unsafe-eval', no 'unsafe-inline' for
 * scripts. Its UI injects <style> elements at run time (react-select/emotion, the rich-text
 * editor) that carry no nonce, so the admin's element styles need 'unsafe-inline'. Style
 * injection cannot run code; scripts stay nonce-only.
 */
export function buildCsp({ profile, nonce, https, dev }: TCspInput): string {
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
    'font-src': ["'self'"],
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
