import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'

import { z } from 'zod'

import { env } from '../env'

/**
 * Debian's ffmpeg and ffprobe, spawned directly (no npm wrapper: the ones that download a binary
 * at install fail here, and the rest ship years-old builds). Arguments are always an array, never
 * a shell string, so no file name can become a command.
 */

export class FfmpegError extends Error {
  constructor(
    message: string,
    readonly stderrTail: string,
  ) {
    super(message)
    this.name = 'FfmpegError'
  }
}

/** Keeps the last `max` characters of a growing text (ffmpeg's log can be long). */
function tail(max: number) {
  let text = ''
  return {
    add: (chunk: Buffer | string) => {
      text = (text + chunk.toString()).slice(-max)
    },
    get text() {
      return text
    },
  }
}

type TRunArgs = {
  bin: string
  args: string[]
  /** Called with each complete line ffmpeg writes to stdout (`-progress pipe:1`). */
  onLine?: (line: string) => void
  signal?: AbortSignal
}

/** Runs one ffmpeg/ffprobe process; resolves with its stdout, rejects with its stderr's tail. */
export function run({ bin, args, onLine, signal }: TRunArgs): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], signal })
    // Lowest CPU priority: a transcode uses whatever the web requests leave, never their share.
    if (child.pid)
      try {
        setPriority(child.pid, 19)
      } catch {
        // not permitted here: it runs at normal priority
      }
    const err = tail(4000)
    const out: Buffer[] = []
    let partial = ''
    child.stdout.on('data', (chunk: Buffer) => {
      if (!onLine) return void out.push(chunk)
      const lines = (partial + chunk.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) onLine(line.trim())
    })
    child.stderr.on('data', err.add)
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new FfmpegError(`${bin} was not found: install Debian's ffmpeg or set FFMPEG_PATH`, '')
          : e,
      ),
    )
    child.on('close', (code, sig) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else
        reject(
          new FfmpegError(
            `${bin} ended with ${sig ? `signal ${sig}` : `exit code ${code}`}`,
            err.text,
          ),
        )
    })
  })
}

const ZProbe = z.object({
  streams: z.array(
    z.object({
      codec_type: z.string(),
      codec_name: z.string().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
      avg_frame_rate: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
      side_data_list: z.array(z.record(z.string(), z.unknown())).optional(),
    }),
  ),
  format: z.object({ duration: z.string().optional(), format_name: z.string().optional() }),
})

export type TProbe = {
  durationSeconds: number
  width: number
  height: number
  /** Frames per second of the video stream (25 when ffprobe cannot tell). */
  fps: number
  hasAudio: boolean
  videoCodec: string
}

/** What ffprobe says of a file; throws FfmpegError when it has no video stream. */
export async function probe(file: string, bin = env.FFPROBE_PATH): Promise<TProbe> {
  const json = await run({
    bin,
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
  })
  const parsed = ZProbe.parse(JSON.parse(json))
  const video = parsed.streams.find((s) => s.codec_type === 'video')
  if (!video?.width || !video.height) throw new FfmpegError('the file has no video stream', '')
  const [num, den] = (video.avg_frame_rate ?? '25/1').split('/').map(Number)
  const fps = num && den ? num / den : 25
  // A phone video filmed upright is stored landscape with a rotation: what the viewer sees counts.
  const rotation = Number(
    video.tags?.rotate ??
      video.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation ??
      0,
  )
  const upright = Math.abs(rotation) % 180 === 90
  return {
    durationSeconds: Number(parsed.format.duration ?? 0),
    width: upright ? video.height : video.width,
    height: upright ? video.width : video.height,
    fps: Math.round(fps * 1000) / 1000,
    hasAudio: parsed.streams.some((s) => s.codec_type === 'audio'),
    videoCodec: video.codec_name ?? 'unknown',
  }
}
