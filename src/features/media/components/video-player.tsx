'use client'

import { useEffect, useRef, useState } from 'react'

type TLabels = { quality: string; auto: string; keyboard: string; player: string; error: string }

type TLevel = { index: number; height: number }

/** Reports where the viewer is, every 10 s while playing, on pause and when the page goes. */
const REPORT_EVERY_MS = 10_000

/**
 * The library's player: HLS from our own playlist route (native in Safari, hls.js elsewhere,
 * loaded only here), with a quality choice, keyboard control on the player, resume where the
 * customer stopped, and watch time reported for the library's figures.
 */
export function VideoPlayer(props: {
  itemId: string
  src: string
  poster: string | null
  startAt: number | null
  labels: TLabels
  /** Subtitle tracks; the one in the reader's language (if any) is on by default. */
  captions?: { srclang: string; src: string; label: string }[]
  locale?: string
}) {
  const { itemId, src, poster, startAt, labels, captions = [], locale } = props
  const video = useRef<HTMLVideoElement>(null)
  const hlsRef = useRef<{ currentLevel: number; destroy: () => void } | null>(null)
  const [levels, setLevels] = useState<TLevel[]>([])
  const [level, setLevel] = useState(-1)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const el = video.current
    if (!el) return
    let cancelled = false
    const resume = () => {
      if (startAt && el.duration && startAt < el.duration - 5) el.currentTime = startAt
    }
    el.addEventListener('loadedmetadata', resume, { once: true })
    if (el.canPlayType('application/vnd.apple.mpegurl')) {
      el.src = src
    } else {
      void import('hls.js').then(({ default: Hls }) => {
        if (cancelled || !Hls.isSupported()) {
          if (!cancelled) setFailed(true)
          return
        }
        // No worker: the page's CSP allows scripts by nonce only.
        const hls = new Hls({ enableWorker: false, capLevelToPlayerSize: true })
        hlsRef.current = hls
        hls.on(Hls.Events.MANIFEST_PARSED, (_e, data) =>
          setLevels(
            data.levels
              .map((l, index) => ({ index, height: l.height }))
              .sort((a, b) => b.height - a.height),
          ),
        )
        hls.on(Hls.Events.ERROR, (_e, data) => {
          if (data.fatal) setFailed(true)
        })
        hls.loadSource(src)
        hls.attachMedia(el)
      })
    }
    return () => {
      cancelled = true
      hlsRef.current?.destroy()
      hlsRef.current = null
    }
  }, [src, startAt])

  // Opening the page counts a view; playing reports position and watch time.
  useEffect(() => {
    const el = video.current
    const send = (body: Record<string, unknown>) =>
      fetch(`/api/media/${itemId}/progress`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
      }).catch(() => {})
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
      clearInterval(timer)
      el.removeEventListener('play', onPlay)
      el.removeEventListener('pause', onPause)
      el.removeEventListener('ended', onPause)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [itemId])

  const onKey = (e: React.KeyboardEvent) => {
    const el = video.current
    if (!el || e.target instanceof HTMLSelectElement) return
    const k = e.key.toLowerCase()
    if (k === ' ' || k === 'k') {
      if (el.paused) void el.play()
      else el.pause()
    } else if (k === 'arrowright') el.currentTime = Math.min(el.duration || 0, el.currentTime + 5)
    else if (k === 'arrowleft') el.currentTime = Math.max(0, el.currentTime - 5)
    else if (k === 'm') el.muted = !el.muted
    else if (k === 'f') {
      if (document.fullscreenElement) void document.exitFullscreen()
      else void el.requestFullscreen()
    } else return
    e.preventDefault()
  }

  const chooseLevel = (value: number) => {
    setLevel(value)
    if (hlsRef.current) hlsRef.current.currentLevel = value
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        role="group"
        aria-label={labels.player}
        tabIndex={0}
        onKeyDown={onKey}
        className="relative bg-black aspect-video focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber"
      >
        <video
          ref={video}
          data-testid="media-video"
          controls
          playsInline
          preload="metadata"
          poster={poster ?? undefined}
          className="absolute inset-0 size-full"
        >
          {captions.map((c) => (
            <track
              key={c.srclang}
              kind="subtitles"
              srcLang={c.srclang}
              label={c.label}
              src={c.src}
              default={c.srclang === locale}
            />
          ))}
        </video>
      </div>
      {failed && (
        <p role="alert" className="text-sm text-amber">
          {labels.error}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3 text-xs text-smoke">
        <p>{labels.keyboard}</p>
        {levels.length > 1 && (
          <label className="inline-flex items-center gap-2">
            <span className="tracking-[0.15em] uppercase">{labels.quality}</span>
            <select
              value={level}
              onChange={(e) => chooseLevel(Number(e.target.value))}
              className="bg-ink border border-line px-2 py-1 text-ivory"
              data-testid="media-quality"
            >
              <option value={-1}>{labels.auto}</option>
              {levels.map((l) => (
                <option key={l.index} value={l.index}>
                  {l.height}p
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  )
}
