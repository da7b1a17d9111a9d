import 'server-only'

import type { Payload } from 'payload'
import { z } from 'zod'

import { isCustomer, type TUser } from '@/access/user'
import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'

/** Long enough to start a video and seek in it; a player asks for a new URL after that. */
export const SIGNED_FILE_URL_TTL_MS = 10 * 60_000

const token = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'file-url' },
  schema: z.object({ f: z.uuid(), c: z.uuid() }),
  ttlMs: SIGNED_FILE_URL_TTL_MS,
})

/**
 * A short-lived URL of one file for one customer, for `<img>` and video players that cannot send
 * the session cookie (a CDN, another origin). It stands for the customer, not for the file: the
 * route still asks the owning record's read access as that customer, so a file they lose access
 * to stops loading even before the URL expires. Staff use their session in /admin.
 */
export function signedFileUrl(args: { fileId: string; viewer: TUser; download?: boolean }) {
  if (!isCustomer(args.viewer)) throw new TypeError('signed file URLs are for customers')
  const t = token.seal({ f: args.fileId, c: String(args.viewer.id) })
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
