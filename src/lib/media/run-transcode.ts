import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { Payload } from 'payload'

import { env } from '@/lib/env'
import { logger } from '@/lib/logger'
import { deleteFile, openFile, putFile } from '@/lib/storage/files'
import { FfmpegError } from '@/lib/video/ffmpeg'
import { transcodeToHls } from '@/lib/video/transcode'
import type { MediaTranscode } from '@/payload-types'

import type { THlsSet } from './types'

const relId = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: unknown }).id) : String(v)
const JOB = { transcodeJob: true }

/** Writes a transcode's state as the job (system record; marketing only retries it). */
const save = (payload: Payload, id: string, data: Partial<MediaTranscode>) =>
  payload.update({
    collection: 'media-transcodes',
    id,
    data,
    overrideAccess: true, // system: the job reports its own progress
    context: JOB,
    depth: 0,
  })

/**
 * Works one queued transcode: decrypts the original to a private temp directory, makes the HLS
 * set with ffmpeg, stores every segment, the poster and the thumbnail strip encrypted and owned
 * by the item, then records the set and retires the item's earlier ones. A failure is recorded
 * with ffmpeg's last words for /admin and leaves no stored file behind; it is not retried by
 * itself (a broken file would fail again): marketing sets it back to "queued".
 */
export async function runTranscode(payload: Payload, transcodeId: string): Promise<void> {
  const transcode = await payload.findByID({
    collection: 'media-transcodes',
    id: transcodeId,
    depth: 0,
    overrideAccess: true, // system: the job's own record
    disableErrors: true,
  })
  if (!transcode || transcode.status !== 'queued') return // done, failed or taken by another run
  const item = relId(transcode.item)
  const upload = await payload.findByID({
    collection: 'media-uploads',
    id: relId(transcode.source),
    depth: 0,
    overrideAccess: true, // system: the original video marketing uploaded for this item
    disableErrors: true,
  })
  const original = (upload?.storedFiles as { original?: string } | null)?.original
  await save(payload, transcodeId, {
    status: 'processing',
    attempts: (transcode.attempts ?? 0) + 1,
    startedAt: new Date().toISOString(),
    progress: 0,
  })

  const dir = path.resolve(env.DATA_DIR, 'transcode-tmp', transcodeId)
  const stored: string[] = []
  try {
    if (!original) throw new Error('The video file of this item is missing.')
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const input = path.join(dir, 'source')
    await pipeline((await openFile({ payload, id: original })).stream, createWriteStream(input))

    let reported = 0
    const result = await transcodeToHls({
      input,
      outDir: path.join(dir, 'hls'),
      onProgress: (p) => {
        const percent = Math.floor(p * 90)
        if (percent >= reported + 5) {
          reported = percent
          void save(payload, transcodeId, { progress: percent }).catch(() => {})
        }
      },
    })

    const store = async (file: string, contentType: string, filename: string) => {
      const meta = await putFile({
        payload,
        stream: createReadStream(file),
        contentType,
        filename,
        owner: { collection: 'media-items', id: item },
      })
      stored.push(meta.id)
      return meta.id
    }
    const set: THlsSet = {
      targetDuration: result.targetDurationSeconds,
      audio: result.source.hasAudio,
      renditions: [],
      poster: await store(result.poster, 'image/jpeg', 'poster.jpg'),
      sprite: await store(result.sprite, 'image/jpeg', 'thumbnails.jpg'),
      thumbnails: result.thumbnails,
    }
    for (const r of result.renditions) {
      const segments: THlsSet['renditions'][number]['segments'] = []
      for (const s of r.segments)
        segments.push({
          f: await store(s.file, 'video/mp2t', `${r.name}-${path.basename(s.file)}`),
          d: s.durationSeconds,
        })
      set.renditions.push({
        name: r.name,
        width: r.width,
        height: r.height,
        bandwidth: r.bandwidth,
        segments,
      })
    }

    await save(payload, transcodeId, {
      status: 'ready',
      progress: 100,
      result: set,
      durationSeconds: Math.round(result.source.durationSeconds * 10) / 10,
      finishedAt: new Date().toISOString(),
      error: null,
    })
    await retireEarlier(payload, item, transcodeId)
  } catch (err) {
    for (const id of stored) await deleteFile({ payload, id }).catch(() => {})
    const message =
      err instanceof FfmpegError
        ? `${err.message}\n${err.stderrTail.split('\n').slice(-8).join('\n')}`.trim()
        : err instanceof Error
          ? err.message
          : String(err)
    logger.warn({ transcode: transcodeId, item, err: message }, 'video transcode failed')
    await save(payload, transcodeId, {
      status: 'failed',
      error: message.slice(0, 2000),
      finishedAt: new Date().toISOString(),
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** An item plays its newest ready set; the older ones and their files go. */
async function retireEarlier(payload: Payload, item: string, keep: string) {
  const { docs } = await payload.find({
    collection: 'media-transcodes',
    where: {
      and: [
        { item: { equals: item } },
        { id: { not_equals: keep } },
        { status: { in: ['ready', 'failed'] } },
      ],
    },
    depth: 0,
    pagination: false,
    limit: 1000,
    overrideAccess: true, // system: the item's superseded transcodes
  })
  for (const old of docs) {
    const set = old.result as THlsSet | null
    const ids = set
      ? [set.poster, set.sprite, ...set.renditions.flatMap((r) => r.segments.map((s) => s.f))]
      : []
    for (const id of ids) await deleteFile({ payload, id }).catch(() => {})
    await payload.delete({
      collection: 'media-transcodes',
      id: old.id,
      overrideAccess: true, // system: a superseded transcode
    })
  }
}
