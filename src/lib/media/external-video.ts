/**
 * Films hosted on YouTube or Vimeo. Staff paste a link; only the provider and the video id are
 * kept for playback, so an embed URL is always one we build, on a privacy-enhanced host.
 */
export const EXTERNAL_PROVIDERS = ['youtube', 'vimeo'] as const
export type TExternalProvider = (typeof EXTERNAL_PROVIDERS)[number]
export type TExternalVideo = { provider: TExternalProvider; id: string }

/** The hosts the portal's frames may load (its CSP's frame-src on a story page). */
export const EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const VIMEO_ID = /^\d{1,12}$/

/** The provider and id of a YouTube or Vimeo link (https only), or null for anything else. */
export function parseExternalVideo(input: string): TExternalVideo | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null
  const host = url.hostname.toLowerCase()
  const parts = url.pathname.split('/').filter(Boolean)
  if (YOUTUBE_HOSTS.has(host)) {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'watch'
          ? (url.searchParams.get('v') ?? undefined)
          : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
            ? parts[1]
            : undefined
    return id && YOUTUBE_ID.test(id) ? { provider: 'youtube', id } : null
  }
  if (VIMEO_HOSTS.has(host)) {
    const id =
      host === 'player.vimeo.com' ? (parts[0] === 'video' ? parts[1] : undefined) : parts[0]
    return id && VIMEO_ID.test(id) ? { provider: 'vimeo', id } : null
  }
  return null
}

/** The privacy-enhanced embed of a film: no tracking cookies before play (YouTube), no tracking (Vimeo). */
export function embedUrl({ provider, id }: TExternalVideo): string {
  return provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`
    : `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1`
}
