import type { OrderMedia } from '@/payload-types'

/** A gallery photo as the page and the lightbox need it: URLs through the file route only. */
export type TPhoto = { id: string; thumb: string; large: string; alt: string; caption: string }

export function toPhoto(media: unknown): TPhoto | null {
  if (!media || typeof media !== 'object') return null
  const m = media as Pick<OrderMedia, 'id' | 'alt' | 'caption' | 'mimeType' | 'storedFiles'>
  const ids = m.storedFiles as { original?: string; sizes?: Record<string, string> } | null
  if (!ids?.original || !String(m.mimeType).startsWith('image/')) return null
  const url = (id: string) => `/api/files/${id}`
  return {
    id: String(m.id),
    thumb: url(ids.sizes?.thumbnail ?? ids.original),
    large: url(ids.sizes?.large ?? ids.original),
    alt: m.alt ?? '',
    caption: m.caption ?? '',
  }
}
