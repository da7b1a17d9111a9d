import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FfmpegError, probe } from '@/lib/video/ffmpeg'
import { transcodeToHls, type THlsResult } from '@/lib/video/transcode'

const exec = promisify(execFile)

/** A 1080p test clip with a tone, made by ffmpeg itself (no video file ships with the tests). */
async function makeClip(file: string, { seconds = 5, audio = true } = {}) {
  await exec('ffmpeg', [
    ...[
      '-hide_banner',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=1920x1080:rate=25:duration=${seconds}`,
    ],
    ...(audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`] : []),
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...(audio ? ['-c:a', 'aac', '-shortest'] : []),
    ...['-metadata', 'location=+52.3676+004.9041/', '-metadata', 'title=Factory floor'],
    file,
  ])
}

let dir: string
let result: THlsResult
const progress: number[] = []

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hls-'))
  await makeClip(path.join(dir, 'clip.mp4'))
  result = await transcodeToHls({
    input: path.join(dir, 'clip.mp4'),
    outDir: path.join(dir, 'out'),
    onProgress: (p) => progress.push(p),
  })
}, 180_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('turning a video into HLS with Debian ffmpeg', () => {
  it('makes three H.264/AAC renditions that ffprobe reads, at the right sizes', async () => {
    expect(result.renditions.map((r) => `${r.width}x${r.height}`)).toEqual([
      '1920x1080',
      '1280x720',
      '854x480',
    ])
    for (const r of result.renditions) {
      const playlist = path.join(path.dirname(r.segments[0].file), 'index.m3u8')
      const { stdout } = await exec('ffprobe', [
        ...['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', playlist],
      ])
      const info = JSON.parse(stdout) as {
        streams: { codec_type: string; codec_name: string; height?: number }[]
        format: { duration: string; tags?: Record<string, string> }
      }
      expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
        codec_name: 'h264',
        height: r.height,
      })
      expect(info.streams.find((s) => s.codec_type === 'audio')?.codec_name).toBe('aac')
      expect(Number(info.format.duration)).toBeCloseTo(5, 0)
    }
  })

  it('cuts 4-second segments whose durations add up to the clip', () => {
    expect(result.targetDurationSeconds).toBe(4)
    for (const r of result.renditions) {
      expect(r.segments.length).toBe(2)
      const sum = r.segments.reduce((s, x) => s + x.durationSeconds, 0)
      expect(sum).toBeCloseTo(5, 0)
    }
  })

  it('writes a poster and a thumbnail strip', async () => {
    const poster = await probe(result.poster)
    expect([poster.width, poster.height]).toEqual([1280, 720])
    const strip = await probe(result.sprite)
    expect([strip.width, strip.height]).toEqual([160 * 5, 90])
    expect((await stat(result.poster)).size).toBeGreaterThan(1000)
  })

  it('reports progress up to done', () => {
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('carries none of the original metadata into the renditions', async () => {
    const bytes = await readFile(result.renditions[0].segments[0].file)
    expect(bytes.includes(Buffer.from('52.3676'))).toBe(false)
    expect(bytes.includes(Buffer.from('Factory floor'))).toBe(false)
  })

  it('says clearly when a file is not a video', async () => {
    const fake = path.join(dir, 'not-a-video.mp4')
    await exec('sh', ['-c', `printf 'hello' > "${fake}"`])
    await expect(transcodeToHls({ input: fake, outDir: path.join(dir, 'bad') })).rejects.toThrow(
      FfmpegError,
    )
  })

  it('handles a clip without sound', async () => {
    const silent = path.join(dir, 'silent.mp4')
    await makeClip(silent, { seconds: 2, audio: false })
    const out = await transcodeToHls({ input: silent, outDir: path.join(dir, 'silent') })
    expect(out.source.hasAudio).toBe(false)
    expect(out.renditions).toHaveLength(3)
  }, 120_000)
})
