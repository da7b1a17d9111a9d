/** What the media library holds; labels are under `Media.types.<type>` in src/messages. */
export const MEDIA_TYPES = [
  'news',
  'exclusive-video',
  'behind-the-scenes',
  'interview',
  'factory-tour',
] as const
export type TMediaType = (typeof MEDIA_TYPES)[number]

export const MEDIA_AUDIENCES = ['everyone', 'models', 'stages', 'customers'] as const
export type TMediaAudience = (typeof MEDIA_AUDIENCES)[number]

export function isMediaType(value: unknown): value is TMediaType {
  return typeof value === 'string' && (MEDIA_TYPES as readonly string[]).includes(value)
}

/** The HLS set of a ready transcode, as the job stores it (media-transcodes.result). */
export type THlsSet = {
  targetDuration: number
  audio: boolean
  renditions: {
    name: string
    width: number
    height: number
    bandwidth: number
    /** Stored file id and duration (s) of each segment, in order. */
    segments: { f: string; d: number }[]
  }[]
  poster: string
  sprite: string
  thumbnails: { every: number; count: number; columns: number; rows: number }
}
