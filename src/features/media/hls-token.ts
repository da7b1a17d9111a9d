import 'server-only'

import { z } from 'zod'

import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'

/** A playlist URL lives as long as a viewing may: its segment URLs are signed for as long. */
export const HLS_URL_TTL_MS = 6 * 60 * 60_000

/**
 * The token in a customer's playlist URLs: this item, this customer, short-lived. Like a signed
 * file URL it stands for the viewer — the route still asks the item's read access as them — so
 * a CDN could cache playlists and segments without making them public.
 */
export const hlsToken = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'hls-playlist' },
  schema: z.object({ i: z.uuid(), c: z.uuid() }),
  ttlMs: HLS_URL_TTL_MS,
})
