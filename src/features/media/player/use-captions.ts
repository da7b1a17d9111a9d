'use client'

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

/**
 * Which subtitle track is on, and the text to show now. The browser loads the chosen track
 * ("hidden" mode) and we draw its cues ourselves, above the control bar and in the brand's type;
 * every other track stays off. Starts with the reader's language when the film has it.
 */
export function useCaptions(args: {
  videoRef: RefObject<HTMLVideoElement | null>
  languages: string[]
  initial: string | null
}) {
  const { videoRef, languages } = args
  const [language, setLanguage] = useState<string | null>(args.initial)
  const [text, setText] = useState('')
  const lastOn = useRef(args.initial ?? languages[0] ?? null)

  useEffect(() => {
    const el = videoRef.current
    if (!el) return
    const tracks = () =>
      Array.from(el.textTracks).filter((t) => t.kind === 'subtitles' || t.kind === 'captions')
    const chosen = () => tracks().find((t) => t.language === language) ?? null
    const onCue = () => {
      const cues = chosen()?.activeCues
      setText(
        cues
          ? Array.from(cues)
              .map((c) => ((c as VTTCue).getCueAsHTML?.().textContent ?? '').trim())
              .filter(Boolean)
              .join('\n')
          : '',
      )
    }
    // The browser turns a `default` track on by itself once it has loaded: keep our choice.
    const apply = () => {
      for (const t of tracks()) {
        const mode = t.language === language ? 'hidden' : 'disabled'
        if (t.mode !== mode) t.mode = mode
      }
      onCue()
    }
    apply()
    const track = chosen()
    track?.addEventListener('cuechange', onCue)
    el.textTracks.addEventListener('change', apply)
    el.textTracks.addEventListener('addtrack', apply)
    return () => {
      track?.removeEventListener('cuechange', onCue)
      el.textTracks.removeEventListener('change', apply)
      el.textTracks.removeEventListener('addtrack', apply)
    }
  }, [videoRef, language])

  const choose = useCallback((next: string | null) => {
    if (next) lastOn.current = next
    setLanguage(next)
  }, [])
  /** C: off, or back to the language last chosen. */
  const toggle = useCallback(() => {
    setLanguage((now) => (now ? null : lastOn.current))
  }, [])
  return { language, choose, toggle, text }
}
