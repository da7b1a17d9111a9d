import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import { AppError } from '../errors'
import { scanForViruses } from './virus-scan'
import { maxUploadBytes, UPLOAD_TYPES, type TUploadType } from './upload-types'

/** An uploaded file as Payload's multipart parser hands it over: in memory or in a temp file. */
export type TIncomingFile = { data?: Buffer; tempFilePath?: string; size: number; name: string }

const MB = 1024 * 1024

/** The file's bytes as a stream, wherever Payload keeps them. */
export function incomingStream(file: TIncomingFile): Readable {
  if (file.tempFilePath && (!file.data || file.data.length === 0))
    return createReadStream(file.tempFilePath)
  return Readable.from([file.data ?? Buffer.alloc(0)])
}

/**
 * Refuses an upload before anything is stored: its type is read from its content (never from
 * its name or the browser's claim) and must be one the collection allows; its size must be within
 * the limit of its kind; and, when a scanner is configured, it must scan clean. Returns the type.
 */
export async function checkUpload(args: {
  file: TIncomingFile
  allowed: readonly TUploadType[]
}): Promise<TUploadType> {
  const { file, allowed } = args
  const usesTemp = Boolean(file.tempFilePath && (!file.data || file.data.length === 0))
  const detected = usesTemp
    ? await fileTypeFromFile(file.tempFilePath!)
    : await fileTypeFromBuffer(file.data ?? Buffer.alloc(0))
  let mime = detected?.mime as TUploadType | undefined
  // file-type knows no text formats: WebVTT is recognised by its required first line.
  if (!mime && allowed.includes('text/vtt') && isWebVtt(await firstBytes(file, usesTemp)))
    mime = 'text/vtt'
  if (!mime || !allowed.includes(mime)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `This kind of file cannot be uploaded here. Allowed: ${allowed.map(label).join(', ')}.`,
    )
  }
  const kind = UPLOAD_TYPES[mime]
  const max = maxUploadBytes(kind)
  if (file.size > max) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `This ${kind} is ${Math.ceil(file.size / MB)} MB; the largest allowed is ${max / MB} MB.`,
    )
  }
  await scanForViruses(() => incomingStream(file))
  return mime
}

/** A WebVTT file starts with "WEBVTT" (after an optional BOM), then a space, tab or line end. */
export function isWebVtt(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '')
  return /^WEBVTT(?:[ \t\r\n]|$)/.test(text)
}

async function firstBytes(file: TIncomingFile, usesTemp: boolean): Promise<Buffer> {
  if (!usesTemp) return (file.data ?? Buffer.alloc(0)).subarray(0, 16)
  const handle = await open(file.tempFilePath!, 'r')
  try {
    const buf = Buffer.alloc(16)
    const { bytesRead } = await handle.read(buf, 0, 16, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const label = (mime: string) => mime.split('/')[1].replace('quicktime', 'mov').toUpperCase()
