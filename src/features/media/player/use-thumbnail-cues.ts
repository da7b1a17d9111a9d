'use client'

import { useEffect, useState } from 'react'

import { parseThumbnailsVtt, type TThumbnailCue } from './thumbnail-cues'

/** The seek preview's cues, fetched once per film; none (no preview) if the file fails. */
export function useThumbnailCues(url: string | null | undefined) {
  const [cues, setCues] = useState<TThumbnailCue[]>([])
  useEffect(() => {
    if (!url) return
    const abort = new AbortController()
    const absolute = new URL(url, window.location.href).href
    fetch(absolute, { signal: abort.signal, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => setCues(parseThumbnailsVtt(text, absolute)))
      .catch(() => {})
    return () => abort.abort()
  }, [url])
  return cues
}
