import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

const exec = promisify(execFile)

/**
 * A short film made from a studio shot (a slow push-in), by ffmpeg when it is installed: the
 * demo ships no video file. Null without ffmpeg; the item is then seeded without its film.
 */
export async function demoFilm(still: Buffer, size = '1920x1080'): Promise<Buffer | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'demo-film-'))
  try {
    await writeFile(path.join(dir, 'still.jpg'), still)
    await exec(env.FFMPEG_PATH, [
      ...['-hide_banner', '-y', '-loop', '1', '-i', path.join(dir, 'still.jpg')],
      ...['-f', 'lavfi', '-i', 'anoisesrc=color=brown:amplitude=0.04:duration=6'],
      '-filter_complex',
      `[0:v]scale=2560:-2,zoompan=z='1+0.0009*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=150:s=${size}:fps=25,fade=t=in:d=1,fade=t=out:st=5:d=1[v]`,
      ...['-map', '[v]', '-map', '1:a', '-t', '6', '-c:v', 'libx264', '-preset', 'veryfast'],
      ...['-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k', path.join(dir, 'film.mp4')],
    ])
    return await readFile(path.join(dir, 'film.mp4'))
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'demo film not made (is ffmpeg installed?)')
    return null
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
