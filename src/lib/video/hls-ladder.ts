import type { TProbe } from './ffmpeg'

/**
 * The HLS renditions of a video and the ffmpeg arguments that make them in one pass. Pure, so the
 * arithmetic is unit-tested without ffmpeg.
 */

export type TRendition = {
  name: string
  height: number
  /** Video bitrate in kbit/s (H.264 Main, a good-quality ladder for studio footage). */
  videoKbps: number
  audioKbps: number
}

export const LADDER: readonly TRendition[] = [
  { name: '1080p', height: 1080, videoKbps: 5000, audioKbps: 160 },
  { name: '720p', height: 720, videoKbps: 2800, audioKbps: 128 },
  { name: '480p', height: 480, videoKbps: 1200, audioKbps: 96 },
]

/** Seconds per segment; keyframes are forced on this grid so every rendition switches cleanly. */
export const SEGMENT_SECONDS = 4
const KEYFRAME_SECONDS = 2

/**
 * The renditions for a source: every rung of the ladder at or below the source's height (never
 * enlarged); a source smaller than the lowest rung gets one rendition at its own height.
 */
export function renditionsFor(source: Pick<TProbe, 'height'>): TRendition[] {
  const fits = LADDER.filter((r) => r.height <= source.height)
  if (fits.length) return fits
  const lowest = LADDER[LADDER.length - 1]
  return [{ ...lowest, name: `${evenBelow(source.height)}p`, height: evenBelow(source.height) }]
}

/** H.264 with 4:2:0 chroma needs even dimensions. */
const evenBelow = (n: number) => Math.max(2, Math.floor(n / 2) * 2)

/** Width for a height at the source's aspect ratio, to the nearest even number (16:9 480 → 854). */
export const widthFor = (source: Pick<TProbe, 'width' | 'height'>, height: number) =>
  Math.max(2, Math.round((source.width * height) / source.height / 2) * 2)

/** Peak bandwidth in bit/s for the master playlist (video max rate + audio). */
export const bandwidthOf = (r: TRendition, hasAudio: boolean) =>
  Math.round(r.videoKbps * 1.07 + (hasAudio ? r.audioKbps : 0)) * 1000

/**
 * ffmpeg arguments writing `outDir/<rendition>/index.m3u8` + `seg_000.ts …` for each rendition,
 * and `outDir/master.m3u8`. Progress goes to stdout as `-progress` key=value lines.
 */
export function hlsArgs(args: {
  input: string
  outDir: string
  source: TProbe
  renditions: TRendition[]
}): string[] {
  const { input, outDir, source, renditions } = args
  const n = renditions.length
  const split = `[0:v]split=${n}${renditions.map((_, i) => `[s${i}]`).join('')}`
  const scales = renditions.map(
    (r, i) => `[s${i}]scale=${widthFor(source, r.height)}:${r.height}:flags=lanczos[v${i}]`,
  )
  const maps = renditions.flatMap((_, i) => [
    '-map',
    `[v${i}]`,
    ...(source.hasAudio ? ['-map', '0:a:0'] : []),
  ])
  const perStream = renditions.flatMap((r, i) => [
    `-b:v:${i}`,
    `${r.videoKbps}k`,
    `-maxrate:v:${i}`,
    `${Math.round(r.videoKbps * 1.07)}k`,
    `-bufsize:v:${i}`,
    `${Math.round(r.videoKbps * 1.5)}k`,
    ...(source.hasAudio ? [`-b:a:${i}`, `${r.audioKbps}k`] : []),
  ])
  const streamMap = renditions
    .map((r, i) => `v:${i}${source.hasAudio ? `,a:${i}` : ''},name:${r.name}`)
    .join(' ')
  return [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-i',
    input,
    '-filter_complex',
    [split, ...scales].join(';'),
    ...maps,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-profile:v',
    'main',
    '-pix_fmt',
    'yuv420p',
    '-force_key_frames',
    `expr:gte(t,n_forced*${KEYFRAME_SECONDS})`,
    '-sc_threshold',
    '0',
    ...perStream,
    ...(source.hasAudio ? ['-c:a', 'aac', '-ac', '2', '-ar', '48000'] : []),
    // No metadata of the original (camera, place, device) travels into the renditions.
    '-map_metadata',
    '-1',
    '-f',
    'hls',
    '-hls_time',
    String(SEGMENT_SECONDS),
    '-hls_playlist_type',
    'vod',
    '-hls_segment_type',
    'mpegts',
    '-hls_flags',
    'independent_segments',
    '-hls_segment_filename',
    `${outDir}/%v/seg_%03d.ts`,
    '-master_pl_name',
    'master.m3u8',
    '-var_stream_map',
    streamMap,
    '-progress',
    'pipe:1',
    '-nostats',
    `${outDir}/%v/index.m3u8`,
  ]
}

/** Thumbnails in the strip: one every `every` seconds, at most `max`, in a grid of `columns`. */
export function thumbnailPlan(durationSeconds: number, max = 60, columns = 10) {
  const every = Math.max(1, Math.ceil(durationSeconds / max))
  const count = Math.max(1, Math.min(max, Math.ceil(durationSeconds / every)))
  return { every, count, columns: Math.min(columns, count), rows: Math.ceil(count / columns) }
}

export const THUMB_WIDTH = 160
export const THUMB_HEIGHT = 90

/** WebVTT that maps each interval of the video to its tile in the strip (players' seek preview). */
export function thumbnailsVtt(args: {
  durationSeconds: number
  spriteUrl: string
  plan: ReturnType<typeof thumbnailPlan>
}): string {
  const { plan } = args
  const stamp = (s: number) => {
    const ms = Math.round(s * 1000)
    const h = Math.floor(ms / 3_600_000)
    const m = Math.floor((ms % 3_600_000) / 60_000)
    const sec = Math.floor((ms % 60_000) / 1000)
    const pad = (x: number, w = 2) => String(x).padStart(w, '0')
    return `${pad(h)}:${pad(m)}:${pad(sec)}.${pad(ms % 1000, 3)}`
  }
  const cues = Array.from({ length: plan.count }, (_, i) => {
    const start = i * plan.every
    const end = Math.min(args.durationSeconds, (i + 1) * plan.every)
    const x = (i % plan.columns) * THUMB_WIDTH
    const y = Math.floor(i / plan.columns) * THUMB_HEIGHT
    return `${stamp(start)} --> ${stamp(end)}\n${args.spriteUrl}#xywh=${x},${y},${THUMB_WIDTH},${THUMB_HEIGHT}`
  })
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}
