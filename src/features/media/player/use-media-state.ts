'use client'

import { type RefObject, useEffect, useState } from 'react'

export type TMediaState = {
  playing: boolean
  current: number
  duration: number
  /** Seconds buffered ahead of the start, for the seek bar's lighter band. */
  buffered: number
  volume: number
  muted: boolean
}

const INITIAL: TMediaState = {
  playing: false,
  current: 0,
  duration: 0,
  buffered: 0,
  volume: 1,
  muted: false,
}

const EVENTS = [
  'play',
  'pause',
  'ended',
  'timeupdate',
  'seeking',
  'durationchange',
  'loadedmetadata',
  'progress',
  'volumechange',
] as const

/** The video element's state for the control bar, read on the element's own events. */
export function useMediaState(videoRef: RefObject<HTMLVideoElement | null>): TMediaState {
  const [state, setState] = useState(INITIAL)
  useEffect(() => {
    const el = videoRef.current
    if (!el) return
    const read = () => {
      const ranges = el.buffered
      setState({
        playing: !el.paused && !el.ended,
        current: el.currentTime,
        duration: Number.isFinite(el.duration) ? el.duration : 0,
        buffered: ranges.length ? ranges.end(ranges.length - 1) : 0,
        volume: el.volume,
        muted: el.muted || el.volume === 0,
      })
    }
    for (const name of EVENTS) el.addEventListener(name, read)
    read()
    return () => {
      for (const name of EVENTS) el.removeEventListener(name, read)
    }
  }, [videoRef])
  return state
}
