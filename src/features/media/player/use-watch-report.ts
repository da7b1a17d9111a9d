'use client'

import { type RefObject, useEffect } from 'react'

/** Reports where the viewer is, every 10 s while playing, on pause and when the page goes. */
const REPORT_EVERY_MS = 10_000

/** Opening the page counts a view; playing reports position and watch time (continue watching). */
export function useWatchReport(videoRef: RefObject<HTMLVideoElement | null>, itemId: string) {
  useEffect(() => {
    const el = videoRef.current
    // keepalive lets the last report outlive the page. The answer is drained all the same: a
    // response body nobody reads keeps the request open in the browser.
    const send = (body: Record<string, unknown>) =>
      fetch(`/api/media/${itemId}/progress`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
      })
        .then((res) => res.arrayBuffer())
        .catch(() => {})
    void send({ opened: true })
    if (!el) return
    let last = Date.now()
    let playing = false
    const report = () => {
      const now = Date.now()
      const watched = playing ? (now - last) / 1000 : 0
      last = now
      if (!Number.isFinite(el.duration)) return
      void send({ position: el.currentTime, duration: el.duration, watched: Math.min(watched, 60) })
    }
    const onPlay = () => {
      playing = true
      last = Date.now()
    }
    const onPause = () => {
      report()
      playing = false
    }
    const timer = setInterval(() => playing && report(), REPORT_EVERY_MS)
    const onHide = () => document.visibilityState === 'hidden' && playing && report()
    el.addEventListener('play', onPlay)
    el.addEventListener('pause', onPause)
    el.addEventListener('ended', onPause)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      // Leaving the film inside the portal (a client-side navigation) reports where it stopped.
      if (playing) report()
      clearInterval(timer)
      el.removeEventListener('play', onPlay)
      el.removeEventListener('pause', onPause)
      el.removeEventListener('ended', onPause)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [videoRef, itemId])
}
