'use client'

import type { ReactNode } from 'react'

import { Captions } from '@/components/ui/icons/captions'
import { Maximize } from '@/components/ui/icons/maximize'
import { Minimize } from '@/components/ui/icons/minimize'
import { Pause } from '@/components/ui/icons/pause'
import { Play } from '@/components/ui/icons/play'
import { Settings2 } from '@/components/ui/icons/settings-2'
import { Volume2 } from '@/components/ui/icons/volume-2'
import { VolumeX } from '@/components/ui/icons/volume-x'

import { formatClock } from '../format'
import type { TMediaState } from '../player/use-media-state'
import type { TQualityLevel } from '../player/use-hls'
import type { TThumbnailCue } from '../player/thumbnail-cues'
import { PlayerMenu } from './player-menu'
import { SeekBar } from './seek-bar'

export type TPlayerLabels = {
  player: string
  error: string
  keyboard: string
  play: string
  pause: string
  mute: string
  unmute: string
  volume: string
  seek: string
  /** "{current} of {total}" */
  seekValue: string
  quality: string
  auto: string
  captions: string
  captionsOff: string
  fullscreen: string
  exitFullscreen: string
}

export type TMenu = 'quality' | 'captions' | null

const ICON = { size: 20, strokeWidth: 1.5, 'aria-hidden': true } as const
/** A 44 px square button of the bar, named by its label (also its tooltip). */
function BarButton(props: {
  label: string
  onClick: () => void
  children: ReactNode
  testId?: string
}) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      data-testid={props.testId}
      onClick={props.onClick}
      className="inline-flex size-11 shrink-0 items-center justify-center text-ivory hover:text-amber"
    >
      {props.children}
    </button>
  )
}

/** The bar along the foot of the player: seek bar above, buttons and time below. */
export function PlayerControls(props: {
  media: TMediaState
  labels: TPlayerLabels
  shown: boolean
  cues: TThumbnailCue[]
  levels: TQualityLevel[]
  level: number
  playingHeight: number | null
  captions: { srclang: string; label: string }[]
  caption: string | null
  fullscreen: boolean
  menu: TMenu
  onMenu: (menu: TMenu) => void
  onTogglePlay: () => void
  onSeek: (seconds: number) => void
  onScrub: (scrubbing: boolean) => void
  onToggleMute: () => void
  onVolume: (volume: number) => void
  onLevel: (level: number) => void
  onCaption: (language: string | null) => void
  onToggleFullscreen: () => void
  onFocusWithin: (inside: boolean) => void
}) {
  const { media, labels, levels, level, captions, caption } = props
  const autoLabel = props.playingHeight ? `${labels.auto} · ${props.playingHeight}p` : labels.auto
  const menuOpen = (name: Exclude<TMenu, null>) => (open: boolean) =>
    props.onMenu(open ? name : null)

  return (
    <div
      data-testid="media-controls"
      data-shown={props.shown}
      onFocus={() => props.onFocusWithin(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && props.onFocusWithin(false)}
      className={`absolute inset-x-0 bottom-0 z-10 bg-gradient-to-t from-ink/95 via-ink/70 to-transparent px-2 pt-10 pb-1 transition-opacity duration-300 sm:px-4 ${
        props.shown ? 'opacity-100' : 'pointer-events-none opacity-0'
      }`}
    >
      <SeekBar
        current={media.current}
        duration={media.duration}
        buffered={media.buffered}
        cues={props.cues}
        label={labels.seek}
        valueText={labels.seekValue}
        onSeek={props.onSeek}
        onScrub={props.onScrub}
      />
      <div className="flex items-center gap-0.5 sm:gap-1">
        <BarButton
          label={media.playing ? labels.pause : labels.play}
          testId="media-play"
          onClick={props.onTogglePlay}
        >
          {media.playing ? <Pause {...ICON} /> : <Play {...ICON} />}
        </BarButton>
        <BarButton label={media.muted ? labels.unmute : labels.mute} onClick={props.onToggleMute}>
          {media.muted ? <VolumeX {...ICON} /> : <Volume2 {...ICON} />}
        </BarButton>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={media.muted ? 0 : media.volume}
          aria-label={labels.volume}
          aria-valuetext={`${Math.round((media.muted ? 0 : media.volume) * 100)} %`}
          data-player-native-keys
          onChange={(e) => props.onVolume(Number(e.target.value))}
          className="mr-2 hidden h-11 w-20 cursor-pointer accent-amber sm:block"
        />
        <p className="px-1 font-mono text-xs whitespace-nowrap text-mist tabular-nums">
          <span className="text-ivory">{formatClock(media.current)}</span>
          <span aria-hidden="true"> / </span>
          <span className="sr-only"> – </span>
          {formatClock(media.duration)}
        </p>
        <span className="flex-1" />
        {captions.length > 0 && (
          <PlayerMenu
            label={labels.captions}
            badge={caption ? caption.toUpperCase() : undefined}
            icon={<Captions {...ICON} />}
            value={caption ?? ''}
            options={[
              { value: '', label: labels.captionsOff },
              ...captions.map((c) => ({ value: c.srclang, label: c.label })),
            ]}
            open={props.menu === 'captions'}
            onOpenChange={menuOpen('captions')}
            onChange={(v) => props.onCaption(v || null)}
            testId="media-captions"
          />
        )}
        {levels.length > 1 && (
          <PlayerMenu
            label={labels.quality}
            badge={level === -1 ? undefined : `${levels.find((l) => l.index === level)?.height}p`}
            icon={<Settings2 {...ICON} />}
            value={String(level)}
            options={[
              { value: '-1', label: autoLabel },
              ...levels.map((l) => ({ value: String(l.index), label: `${l.height}p` })),
            ]}
            open={props.menu === 'quality'}
            onOpenChange={menuOpen('quality')}
            onChange={(v) => props.onLevel(Number(v))}
            testId="media-quality"
          />
        )}
        <BarButton
          label={props.fullscreen ? labels.exitFullscreen : labels.fullscreen}
          onClick={props.onToggleFullscreen}
        >
          {props.fullscreen ? <Minimize {...ICON} /> : <Maximize {...ICON} />}
        </BarButton>
      </div>
    </div>
  )
}
