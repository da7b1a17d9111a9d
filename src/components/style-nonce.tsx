'use client'

import { setNonce } from 'get-nonce'

/*
 * Radix's scroll lock (react-remove-scroll, used by the menus) adds a <style> element while a
 * menu is open. The portal's CSP admits style elements only with this page's nonce, which the
 * lock takes from get-nonce. We read it from Next's own script tags: the `nonce` property
 * survives the browser's nonce hiding, so the value never has to be written into the page again.
 */
if (typeof document !== 'undefined') {
  const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce
  if (nonce) setNonce(nonce)
}

/** Rendered once in the portal layout so that the module above runs in the browser. */
export function StyleNonce() {
  return null
}
