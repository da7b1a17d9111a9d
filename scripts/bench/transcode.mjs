#!/usr/bin/env node
// Transcoding speed of the media library: makes a 1080p test clip with ffmpeg (testsrc2 + a sine
// tone, 60 s by default), runs the project's own transcodeToHls (src/lib/video/transcode.ts: the
// 1080p/720p/480p ladder, poster and thumbnail strip, as the transcode job does) on it in
// scripts/bench/transcode-worker.ts, and prints the transcode time ÷ the clip's duration.
// Below 1 is faster than real time. Needs ffmpeg/ffprobe (FFMPEG_PATH / FFPROBE_PATH).
//   node scripts/bench/transcode.mjs [--seconds 60]
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const seconds = Number(arg('seconds', 60))
const dir = await mkdtemp(path.join(tmpdir(), 'bench-transcode-'))
let status = 1
try {
  const clip = path.join(dir, 'clip.mp4')
  const made = spawnSync(
    process.env.FFMPEG_PATH || 'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', `testsrc2=size=1920x1080:rate=30:duration=${seconds}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
      ...['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', clip],
    ],
    { stdio: 'inherit' },
  )
  if (made.status !== 0) throw new Error('ffmpeg could not make the test clip')
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.join(root, 'scripts/bench/server-only-hooks.mjs'),
      '--import',
      'tsx',
      path.join(root, 'scripts/bench/transcode-worker.ts'),
      clip,
      path.join(dir, 'hls'),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'warn' } },
  )
  status = result.status ?? 1
} finally {
  await rm(dir, { recursive: true, force: true })
}
process.exit(status)
