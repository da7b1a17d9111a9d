import type { THlsSet } from '@/lib/media/types'

/**
 * HLS playlists of a ready transcode, written per request so every URL in them can be signed for
 * its viewer. Pure: the URLs come from the caller.
 */

/** H.264 Main level 4.0 and AAC-LC, as the ladder encodes them (src/lib/video/hls-ladder.ts). */
const CODECS = (audio: boolean) => (audio ? 'avc1.4d4028,mp4a.40.2' : 'avc1.4d4028')

export function masterPlaylist(set: THlsSet, urlOf: (rendition: string) => string, audio = true) {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-INDEPENDENT-SEGMENTS']
  for (const r of set.renditions)
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},RESOLUTION=${r.width}x${r.height},CODECS="${CODECS(audio)}",NAME="${r.name}"`,
      urlOf(r.name),
    )
  return `${lines.join('\n')}\n`
}

export function mediaPlaylist(
  rendition: THlsSet['renditions'][number],
  targetDuration: number,
  urlOf: (fileId: string) => string,
) {
  const target = Math.max(targetDuration, ...rendition.segments.map((s) => Math.ceil(s.d)))
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${target}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    '#EXT-X-INDEPENDENT-SEGMENTS',
  ]
  for (const s of rendition.segments) lines.push(`#EXTINF:${s.d.toFixed(3)},`, urlOf(s.f))
  lines.push('#EXT-X-ENDLIST')
  return `${lines.join('\n')}\n`
}

/** Running time of a set, from its first rendition's segments. */
export const setDuration = (set: THlsSet) =>
  set.renditions[0]?.segments.reduce((sum, s) => sum + s.d, 0) ?? 0
