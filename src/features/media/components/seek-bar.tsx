'use client'

import { useRef, useState } from 'react'

import { formatClock } from '../format'
import { type TThumbnailCue, thumbnailAt } from '../player/thumbnail-cues'

const PREVIEW_WIDTH = 160

/**
 * The seek bar: a native range input (keyboard, touch and screen readers for free), drawn in the
 * brand's colours, with a preview of the frame and time under the pointer or the dragged thumb
 * from the thumbnail strip.
 */
export function SeekBar(props: {
  current: number
  duration: number
  buffered: number
  cues: TThumbnailCue[]
  label: string
  /** "{current} of {total}" */
  valueText: string
  onSeek: (seconds: number) => void
  onScrub: (scrubbing: boolean) => void
}) {
  const { current, duration, buffered, cues, onSeek, onScrub } = props
  const box = useRef<HTMLDivElement>(null)
  const [preview, setPreview] = useState<{ seconds: number; x: number; width: number } | null>(null)
  const [dragging, setDragging] = useState(false)

  const pct = (s: number) => (duration ? Math.min(100, (s / duration) * 100) : 0)
  const previewAt = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect()
    if (!rect?.width || !duration) return
    const x = Math.min(rect.width, Math.max(0, clientX - rect.left))
    setPreview({ seconds: (x / rect.width) * duration, x, width: rect.width })
  }
  const stopDrag = () => {
    setDragging(false)
    onScrub(false)
  }
  const text = props.valueText
    .replace('{current}', formatClock(current))
    .replace('{total}', formatClock(duration))
  const cue = preview && thumbnailAt(cues, preview.seconds)

  return (
    <div
      ref={box}
      className="relative flex h-11 items-center"
      onPointerMove={(e) => previewAt(e.clientX)}
      onPointerLeave={() => !dragging && setPreview(null)}
    >
      <input
        type="range"
        min={0}
        max={duration || 0}
        step="any"
        value={Math.min(current, duration || 0)}
        disabled={!duration}
        aria-label={props.label}
        aria-valuetext={text}
        data-testid="media-seek"
        onChange={(e) => onSeek(Number(e.target.value))}
        onPointerDown={(e) => {
          setDragging(true)
          onScrub(true)
          previewAt(e.clientX)
        }}
        onPointerUp={stopDrag}
        onPointerCancel={stopDrag}
        onBlur={() => setPreview(null)}
        className="peer absolute inset-0 z-10 h-full w-full cursor-pointer appearance-none bg-transparent opacity-0 disabled:cursor-default"
      />
      <div className="pointer-events-none relative h-[3px] w-full bg-ivory/20 transition-[height] peer-hover:h-[5px] peer-focus-visible:h-[5px] peer-focus-visible:outline-2 peer-focus-visible:outline-offset-[6px] peer-focus-visible:outline-amber peer-focus-visible:outline">
        <div
          className="absolute inset-y-0 left-0 bg-ivory/35"
          style={{ width: `${pct(buffered)}%` }}
        />
        <div className="absolute inset-y-0 left-0 bg-amber" style={{ width: `${pct(current)}%` }} />
        <div
          className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-amber-bright shadow"
          style={{ left: `${pct(current)}%` }}
        />
      </div>
      {preview && (
        <div
          data-testid="media-seek-preview"
          aria-hidden="true"
          className="pointer-events-none absolute bottom-full mb-3 -translate-x-1/2 border border-line bg-ink shadow-2xl"
          style={{
            left: Math.min(
              preview.width - PREVIEW_WIDTH / 2,
              Math.max(PREVIEW_WIDTH / 2, preview.x),
            ),
          }}
        >
          {cue && (
            <div
              data-testid="media-seek-thumbnail"
              className="bg-no-repeat"
              style={
                cue.tile
                  ? {
                      // One tile of the sprite, at its own size (the strip is made for this).
                      width: cue.tile.w,
                      height: cue.tile.h,
                      backgroundImage: `url("${cue.src}")`,
                      backgroundPosition: `-${cue.tile.x}px -${cue.tile.y}px`,
                    }
                  : {
                      width: PREVIEW_WIDTH,
                      aspectRatio: '16 / 9',
                      backgroundImage: `url("${cue.src}")`,
                      backgroundSize: 'cover',
                    }
              }
            />
          )}
          <p className="px-2 py-1 text-center font-mono text-xs text-ivory tabular-nums">
            {formatClock(preview.seconds)}
          </p>
        </div>
      )}
    </div>
  )
}
