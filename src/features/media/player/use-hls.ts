'use client'

import type Hls from 'hls.js'
import { type RefObject, useEffect, useRef, useState } from 'react'

export type TQualityLevel = { index: number; height: number }

/**
 * Plays our HLS playlist in the video element with hls.js where Media Source Extensions exist,
 * natively otherwise (older iPhones), hls.js fetched only here so pages without a film never download it. Answers
 * the renditions to choose from (none with native HLS: the browser picks), the chosen one (-1 for
 * automatic), the height automatic is playing now, and whether playback failed for good.
 */
export function useHls(
  videoRef: RefObject<HTMLVideoElement | null>,
  src: string,
  startAt: number | null,
) {
  const hls = useRef<Hls | null>(null)
  const [levels, setLevels] = useState<TQualityLevel[]>([])
  const [level, setLevelState] = useState(-1)
  const [playingHeight, setPlayingHeight] = useState<number | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const el = videoRef.current
    if (!el) return
    let cancelled = false
    const resume = () => {
      if (startAt && el.duration && startAt < el.duration - 5) el.currentTime = startAt
    }
    el.addEventListener('loadedmetadata', resume, { once: true })
    // hls.js wherever Media Source Extensions exist (it offers the renditions to choose from);
    // the browser's own HLS only where they do not. Chromium now also plays HLS natively, but
    // then the viewer could not choose a quality.
    void import('hls.js').then(({ default: Hls }) => {
      if (cancelled) return
      if (!Hls.isSupported()) {
        if (el.canPlayType('application/vnd.apple.mpegurl')) el.src = src
        else setFailed(true)
        return
      }
      // No worker: the page's CSP allows scripts by nonce only.
      const player = new Hls({ enableWorker: false, capLevelToPlayerSize: true })
      hls.current = player
      player.on(Hls.Events.MANIFEST_PARSED, (_e, data) =>
        setLevels(
          data.levels
            .map((l, index) => ({ index, height: l.height }))
            .sort((a, b) => b.height - a.height),
        ),
      )
      player.on(Hls.Events.LEVEL_SWITCHED, (_e, data) =>
        setPlayingHeight(player.levels[data.level]?.height ?? null),
      )
      player.on(Hls.Events.ERROR, (_e, data) => {
        if (data.fatal) setFailed(true)
      })
      player.loadSource(src)
      player.attachMedia(el)
    })
    return () => {
      cancelled = true
      el.removeEventListener('loadedmetadata', resume)
      hls.current?.destroy()
      hls.current = null
    }
  }, [videoRef, src, startAt])

  const setLevel = (value: number) => {
    setLevelState(value)
    if (hls.current) hls.current.currentLevel = value
  }
  return { levels, level, setLevel, playingHeight, failed }
}
