/**
 * The seek preview's thumbnails: a WebVTT file whose cues each name a tile of a sprite image as a
 * media fragment (`thumbnails.jpg#xywh=160,0,160,90`), the format players share for this
 * (src/lib/video/hls-ladder.ts writes it). Pure, so the parsing is unit-tested.
 */

export type TThumbnailCue = {
  start: number
  end: number
  /** The image, resolved against the WebVTT file's own URL, without its fragment. */
  src: string
  /** The tile in the image; null when the cue shows the whole image. */
  tile: { x: number; y: number; w: number; h: number } | null
}

const TIMING =
  /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)/
const XYWH = /^xywh=(?:pixel:)?(\d+),(\d+),(\d+),(\d+)$/

/** "01:02:03.500" or "02:03.5" → seconds. */
export function parseVttTimestamp(stamp: string): number {
  const parts = stamp.split(':').map(Number)
  return parts.reduce((total, part) => total * 60 + part, 0)
}

/** Cues in time order; malformed blocks are skipped rather than failing the whole preview. */
export function parseThumbnailsVtt(text: string, baseUrl: string): TThumbnailCue[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) return []
  const cues: TThumbnailCue[] = []
  for (let i = 1; i < lines.length; i++) {
    const timing = TIMING.exec(lines[i])
    if (!timing) continue
    const ref = lines[i + 1]?.trim()
    if (!ref) continue
    i++
    const cue = thumbnailCue(
      parseVttTimestamp(timing[1]),
      parseVttTimestamp(timing[2]),
      ref,
      baseUrl,
    )
    if (cue) cues.push(cue)
  }
  return cues.sort((a, b) => a.start - b.start)
}

function thumbnailCue(start: number, end: number, ref: string, baseUrl: string) {
  if (!(end > start)) return null
  let url: URL
  try {
    url = new URL(ref, baseUrl)
  } catch {
    return null
  }
  const fragment = XYWH.exec(url.hash.slice(1))
  url.hash = ''
  const tile = fragment
    ? { x: +fragment[1], y: +fragment[2], w: +fragment[3], h: +fragment[4] }
    : null
  if (tile && (!tile.w || !tile.h)) return null
  return { start, end, src: url.href, tile } satisfies TThumbnailCue
}

/** The cue showing `seconds`, or null; cues are few (≤ 60), sorted, and end where the next starts. */
export function thumbnailAt(cues: readonly TThumbnailCue[], seconds: number): TThumbnailCue | null {
  let lo = 0
  let hi = cues.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const cue = cues[mid]
    if (seconds < cue.start) hi = mid - 1
    else if (seconds >= cue.end) lo = mid + 1
    else return cue
  }
  // Past the last cue's end (a rounded duration): the last tile still stands for the end.
  const last = cues[cues.length - 1]
  return last && seconds >= last.end && seconds - last.end < 1 ? last : null
}
