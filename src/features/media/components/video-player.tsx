'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { Play } from '@/components/ui/icons/play'

import { commandForKey, seekTarget, type TPlayerCommand } from '../player/keys'
import { useCaptions } from '../player/use-captions'
import { useHls } from '../player/use-hls'
import { useMediaState } from '../player/use-media-state'
import { useThumbnailCues } from '../player/use-thumbnail-cues'
import { useWatchReport } from '../player/use-watch-report'
import { PlayerControls, type TMenu, type TPlayerLabels } from './player-controls'

/** The controls fade this long after the last pointer move, touch or key while playing. */
const IDLE_MS = 3000

type TWebkitVideo = HTMLVideoElement & { webkitEnterFullscreen?: () => void }

/**
 * The library's player: HLS from our own playlist route (native in Safari, hls.js elsewhere,
 * loaded only here), our own control bar with quality, subtitles, full screen and a seek preview
 * from the thumbnail strip, keyboard control on the whole player, resume where the customer
 * stopped, and watch time reported for the library's figures.
 */
export function VideoPlayer(props: {
  itemId: string
  src: string
  poster: string | null
  startAt: number | null
  labels: TPlayerLabels
  /** Subtitle tracks; the one in the reader's language (if any) is on by default. */
  captions?: { srclang: string; src: string; label: string }[]
  locale?: string
  /** WebVTT of the thumbnail strip, for the seek preview. */
  thumbnails?: string | null
}) {
  const { itemId, src, poster, startAt, labels, captions = [], locale, thumbnails } = props
  const root = useRef<HTMLDivElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const { levels, level, setLevel, playingHeight, failed } = useHls(video, src, startAt)
  useWatchReport(video, itemId)
  const media = useMediaState(video)
  const subtitles = useCaptions({
    videoRef: video,
    languages: captions.map((c) => c.srclang),
    initial: captions.some((c) => c.srclang === locale) ? (locale ?? null) : null,
  })
  const cues = useThumbnailCues(thumbnails)
  const [fullscreen, setFullscreen] = useState(false)
  const [menu, setMenu] = useState<TMenu>(null)
  const [awake, setAwake] = useState(true)
  const [scrubbing, setScrubbing] = useState(false)
  const [focusInBar, setFocusInBar] = useState(false)
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined)

  const wake = useCallback(() => {
    setAwake(true)
    clearTimeout(idle.current)
    idle.current = setTimeout(() => setAwake(false), IDLE_MS)
  }, [])
  useEffect(() => {
    const el = video.current
    el?.addEventListener('play', wake)
    return () => el?.removeEventListener('play', wake)
  }, [wake])
  useEffect(() => () => clearTimeout(idle.current), [])
  const shown = !media.playing || awake || menu !== null || scrubbing || focusInBar

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === root.current)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    else if (root.current?.requestFullscreen) void root.current.requestFullscreen().catch(() => {})
    // iOS Safari can only put the video element itself in full screen (with its own controls).
    else (video.current as TWebkitVideo | null)?.webkitEnterFullscreen?.()
  }

  const run = (command: TPlayerCommand) => {
    const el = video.current
    if (!el) return
    switch (command.kind) {
      case 'toggle-play':
        if (el.paused || el.ended) void el.play().catch(() => {})
        else el.pause()
        break
      case 'seek-by':
      case 'seek-to':
        el.currentTime = seekTarget(command, el.currentTime, el.duration)
        break
      case 'volume-by':
        el.volume = Math.min(1, Math.max(0, Math.round((el.volume + command.delta) * 20) / 20))
        el.muted = el.volume === 0
        break
      case 'toggle-mute':
        el.muted = !el.muted
        if (!el.muted && el.volume === 0) el.volume = 0.5
        break
      case 'toggle-fullscreen':
        toggleFullscreen()
        break
      case 'toggle-captions':
        subtitles.toggle()
        break
    }
  }

  const onKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    wake()
    const command = commandForKey(e)
    if (!command) return
    const target = e.target as HTMLElement
    // Space and Enter press the focused button, as everywhere; the volume slider keeps its arrows.
    if (e.key === ' ' && target.closest('button')) return
    if (target.closest('[data-player-native-keys]') && /^(Arrow|Home|End)/.test(e.key)) return
    e.preventDefault()
    run(command)
  }

  const lastPointer = useRef('mouse')
  const onSurface = () => {
    // A tap on a phone first brings the controls back; a click plays or pauses.
    if (lastPointer.current !== 'mouse' && !shown) return wake()
    wake()
    run({ kind: 'toggle-play' })
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        ref={root}
        role="group"
        aria-label={labels.player}
        tabIndex={0}
        onKeyDown={onKey}
        onPointerMove={wake}
        onPointerDown={(e) => {
          lastPointer.current = e.pointerType
          if (e.pointerType !== 'mouse' && !shown) wake()
        }}
        onFocus={wake}
        data-testid="media-player"
        data-rendition={playingHeight ?? undefined}
        className={`relative aspect-video overflow-hidden bg-black select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber [&:fullscreen]:aspect-auto ${
          shown ? '' : 'cursor-none'
        }`}
      >
        <video
          ref={video}
          data-testid="media-video"
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
        <div aria-hidden="true" className="absolute inset-0" onClick={onSurface} />
        {!media.playing && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-0 flex items-center justify-center"
          >
            <span className="flex size-16 items-center justify-center rounded-full border border-amber/70 bg-ink/60 text-amber backdrop-blur-sm sm:size-20">
              <Play size={28} strokeWidth={1.25} className="translate-x-0.5" />
            </span>
          </div>
        )}
        {subtitles.text && (
          <p
            data-testid="media-caption"
            className={`pointer-events-none absolute inset-x-4 text-center transition-[bottom] duration-300 ${
              shown ? 'bottom-24' : 'bottom-6'
            }`}
          >
            <span className="bg-ink/80 px-3 py-1 text-sm leading-relaxed whitespace-pre-line text-ivory [box-decoration-break:clone] sm:text-xl">
              {subtitles.text}
            </span>
          </p>
        )}
        <PlayerControls
          media={media}
          labels={labels}
          shown={shown}
          cues={cues}
          levels={levels}
          level={level}
          playingHeight={playingHeight}
          captions={captions}
          caption={subtitles.language}
          fullscreen={fullscreen}
          menu={menu}
          onMenu={setMenu}
          onTogglePlay={() => run({ kind: 'toggle-play' })}
          onSeek={(s) => {
            if (video.current) video.current.currentTime = s
          }}
          onScrub={setScrubbing}
          onToggleMute={() => run({ kind: 'toggle-mute' })}
          onVolume={(v) => {
            const el = video.current
            if (!el) return
            el.volume = v
            el.muted = v === 0
          }}
          onLevel={setLevel}
          onCaption={subtitles.choose}
          onToggleFullscreen={toggleFullscreen}
          onFocusWithin={setFocusInBar}
        />
      </div>
      {failed && (
        <p role="alert" className="text-sm text-amber">
          {labels.error}
        </p>
      )}
      <p className="hidden text-xs text-smoke sm:block">{labels.keyboard}</p>
    </div>
  )
}
