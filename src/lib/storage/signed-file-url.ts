import 'server-only'

import type { Payload } from 'payload'
import { z } from 'zod'

import { isCustomer, type TUser } from '@/access/user'
import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'

/** Long enough to start a video and seek in it; a player asks for a new URL after that. */
export const SIGNED_FILE_URL_TTL_MS = 10 * 60_000
/** The longest a URL may be made to live (an HLS playlist's segments, for a long film). */
export const SIGNED_FILE_URL_MAX_TTL_MS = 6 * 60 * 60_000

const token = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'file-url' },
  // `t`: this URL's own lifetime in ms, when it is not the default.
  schema: z.object({
    f: z.uuid(),
    c: z.uuid(),
    t: z.number().int().positive().max(SIGNED_FILE_URL_MAX_TTL_MS).optional(),
  }),
  ttlMs: SIGNED_FILE_URL_MAX_TTL_MS,
})

/**
 * A short-lived URL of one file for one customer, for `<img>` and video players that cannot send
 * the session cookie (a CDN, another origin). It stands for the customer, not for the file: the
 * route still asks the owning record's read access as that customer, so a file they lose access
 * to stops loading even before the URL expires. Staff use their session in /admin.
 */
export function signedFileUrl(args: {
  fileId: string
  viewer: TUser
  download?: boolean
  /** Lifetime (default SIGNED_FILE_URL_TTL_MS, at most SIGNED_FILE_URL_MAX_TTL_MS). */
  ttlMs?: number
}) {
  if (!isCustomer(args.viewer)) throw new TypeError('signed file URLs are for customers')
  const ttl = args.ttlMs ? Math.min(Math.ceil(args.ttlMs), SIGNED_FILE_URL_MAX_TTL_MS) : undefined
  const t = token.seal({ f: args.fileId, c: String(args.viewer.id), ...(ttl ? { t: ttl } : {}) })
  return `/api/files/${args.fileId}?token=${encodeURIComponent(t)}${args.download ? '&download=1' : ''}`
}

/** The active customer a signed URL of this very file stands for, or null. */
export async function viewerOfSignedUrl(args: {
  payload: Payload
  token: string
  fileId: string
}): Promise<TUser | null> {
  const opened = token.open(args.token)
  if (!opened || opened.f !== args.fileId) return null
  if (Date.now() - opened.issuedAt >= (opened.t ?? SIGNED_FILE_URL_TTL_MS)) return null
  // System lookup of the URL's viewer; what they may read is then asked with overrideAccess: false.
  const customer = await args.payload.findByID({
    collection: 'customers',
    id: opened.c,
    overrideAccess: true, // system: who the signed URL's viewer is; reading the file asks access
    disableErrors: true,
    depth: 0,
  })
  if (!customer || customer.status !== 'active') return null
  return { ...customer, collection: 'customers' }
}
