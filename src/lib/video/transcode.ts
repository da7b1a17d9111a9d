import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { env } from '../env'
import { probe, run, type TProbe } from './ffmpeg'
import {
  bandwidthOf,
  hlsArgs,
  renditionsFor,
  THUMB_HEIGHT,
  THUMB_WIDTH,
  thumbnailPlan,
  widthFor,
} from './hls-ladder'

export type TSegment = { file: string; durationSeconds: number }

export type THlsRendition = {
  name: string
  width: number
  height: number
  bandwidth: number
  segments: TSegment[]
}

export type THlsResult = {
  source: TProbe
  targetDurationSeconds: number
  renditions: THlsRendition[]
  poster: string
  sprite: string
  thumbnails: ReturnType<typeof thumbnailPlan>
}

/** Segments and their durations from a VOD media playlist ffmpeg wrote. */
export function parseMediaPlaylist(text: string): { target: number; segments: TSegment[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const target = Number(
    lines.find((l) => l.startsWith('#EXT-X-TARGETDURATION:'))?.split(':')[1] ?? 0,
  )
  const segments: TSegment[] = []
  let duration: number | null = null
  for (const line of lines) {
    if (line.startsWith('#EXTINF:')) duration = Number(line.slice(8).split(',')[0])
    else if (line && !line.startsWith('#') && duration !== null) {
      if (!/^seg_\d{3,}\.ts$/.test(line)) throw new Error(`unexpected segment name ${line}`)
      segments.push({ file: line, durationSeconds: duration })
      duration = null
    }
  }
  return { target, segments }
}

/**
 * Turns one video file into an HLS set in `outDir`: the renditions of the ladder that fit the
 * source (H.264 Main + AAC, 4 s segments on a shared keyframe grid), a poster (JPEG at 10 % of
 * the running time) and a strip of thumbnails for seek previews. `onProgress` gets 0…1.
 */
export async function transcodeToHls(args: {
  input: string
  outDir: string
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
}): Promise<THlsResult> {
  const { input, outDir, onProgress, signal } = args
  const source = await probe(input)
  const renditions = renditionsFor(source)
  for (const r of renditions) await mkdir(path.join(outDir, r.name), { recursive: true })

  const total = Math.max(source.durationSeconds, 0.001)
  await run({
    bin: env.FFMPEG_PATH,
    args: hlsArgs({ input, outDir, source, renditions }),
    signal,
    onLine: (line) => {
      const [key, value] = line.split('=')
      if (key === 'out_time_us' && onProgress && /^\d+$/.test(value))
        onProgress(Math.min(0.95, Number(value) / 1e6 / total))
    },
  })

  const poster = path.join(outDir, 'poster.jpg')
  await run({
    bin: env.FFMPEG_PATH,
    signal,
    args: [
      ...['-hide_banner', '-nostdin', '-y', '-ss', (source.durationSeconds * 0.1).toFixed(3)],
      ...['-i', input, '-frames:v', '1', '-vf', `scale=${widthFor(source, 720)}:720`],
      ...['-q:v', '3', '-map_metadata', '-1', poster],
    ],
  })

  const plan = thumbnailPlan(source.durationSeconds)
  const sprite = path.join(outDir, 'thumbnails.jpg')
  await run({
    bin: env.FFMPEG_PATH,
    signal,
    args: [
      ...['-hide_banner', '-nostdin', '-y', '-i', input],
      '-vf',
      `fps=1/${plan.every},scale=${THUMB_WIDTH}:${THUMB_HEIGHT}:force_original_aspect_ratio=decrease,` +
        `pad=${THUMB_WIDTH}:${THUMB_HEIGHT}:(ow-iw)/2:(oh-ih)/2,tile=${plan.columns}x${plan.rows}`,
      ...['-frames:v', '1', '-q:v', '4', '-map_metadata', '-1', sprite],
    ],
  })
  onProgress?.(1)

  let target = 0
  const done: THlsRendition[] = []
  for (const r of renditions) {
    const playlist = await readFile(path.join(outDir, r.name, 'index.m3u8'), 'utf8')
    const parsed = parseMediaPlaylist(playlist)
    target = Math.max(target, parsed.target)
    done.push({
      name: r.name,
      width: widthFor(source, r.height),
      height: r.height,
      bandwidth: bandwidthOf(r, source.hasAudio),
      segments: parsed.segments.map((s) => ({ ...s, file: path.join(outDir, r.name, s.file) })),
    })
  }
  return {
    source,
    targetDurationSeconds: target,
    renditions: done,
    poster,
    sprite,
    thumbnails: plan,
  }
}
