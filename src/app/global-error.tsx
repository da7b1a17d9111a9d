'use client'

import type { CSSProperties } from 'react'

/**
 * Last resort when a root layout itself fails (the portal's error.tsx sits inside it and cannot
 * help). No translations and no stylesheet are loaded at that point — importing the portal's CSS
 * here would make every route, the admin's too, preload it — so it says the essentials in our
 * three languages with a few inline styles. Only the digest is shown: the server logs the
 * failure with it and with the request id.
 */
const page: CSSProperties = {
  minHeight: '100dvh',
  margin: 0,
  display: 'grid',
  placeItems: 'center',
  background: '#0b0b0c',
  color: '#ece8df',
  fontFamily: "'Helvetica Neue', Arial, sans-serif",
  textAlign: 'center',
  padding: '4rem 1.5rem',
}
const muted: CSSProperties = { color: '#b9b4a9', margin: '0.5rem 0' }
const button: CSSProperties = {
  marginTop: '1.5rem',
  padding: '0.75rem 1.25rem',
  background: 'transparent',
  color: '#ece8df',
  border: '1px solid #2a2a2e',
  letterSpacing: '0.2em',
  textTransform: 'uppercase',
  fontSize: '0.7rem',
  cursor: 'pointer',
}

export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <html lang="en">
      <body style={page}>
        <main id="main">
          <p style={{ letterSpacing: '0.42em', textTransform: 'uppercase', fontSize: '0.75rem' }}>
            Donkervoort
          </p>
          <h1 style={{ fontWeight: 300 }}>Something went wrong</h1>
          <p style={muted} lang="nl">
            Er is iets misgegaan.
          </p>
          <p style={muted} lang="de">
            Es ist ein Fehler aufgetreten.
          </p>
          {error.digest && (
            <p style={{ ...muted, fontSize: '0.75rem' }}>
              Reference: <code>{error.digest}</code>
            </p>
          )}
          <button type="button" onClick={reset} style={button}>
            Try again · Opnieuw proberen · Erneut versuchen
          </button>
        </main>
      </body>
    </html>
  )
}
