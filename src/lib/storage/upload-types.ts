import { env } from '../env'

export type TUploadKind = 'image' | 'video' | 'document'

/**
 * Every type an upload collection may allow, by content (magic bytes), with its kind. Nothing a
 * browser would run or parse as markup is here — SVG, HTML, XML are never accepted. HEIC is left
 * out: sharp's prebuilt binaries cannot decode it, so its metadata (GPS) could not be stripped.
 */
export const UPLOAD_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/avif': 'image',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'application/pdf': 'document',
  // Captions: plain text cues, served as text/vtt with nosniff; detected by check-upload's own test.
  'text/vtt': 'document',
} as const satisfies Record<string, TUploadKind>

export type TUploadType = keyof typeof UPLOAD_TYPES

const MB = 1024 * 1024

/** The size limit of a kind, in bytes, from UPLOAD_MAX_<KIND>_MB. */
export function maxUploadBytes(kind: TUploadKind): number {
  const mb = {
    image: env.UPLOAD_MAX_IMAGE_MB,
    video: env.UPLOAD_MAX_VIDEO_MB,
    document: env.UPLOAD_MAX_DOCUMENT_MB,
  }[kind]
  return mb * MB
}

/** The largest upload any kind allows: Payload's multipart parser stops reading past it. */
export const largestUploadBytes = () =>
  Math.max(...(['image', 'video', 'document'] as const).map(maxUploadBytes))
