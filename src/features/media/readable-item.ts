import 'server-only'

import type { Payload } from 'payload'

import type { TUser } from '@/access/user'
import { AppError } from '@/lib/errors'

/**
 * Throws NOT_FOUND unless `user` may read the media item: its own read access, asked as them
 * (audience, publication). "No access at all" (403) looks the same as "missing".
 */
export async function requireReadableItem(payload: Payload, id: string, user: TUser) {
  const item = await payload
    .findByID({
      collection: 'media-items',
      id,
      user,
      overrideAccess: false,
      depth: 0,
      select: {},
      disableErrors: true,
    })
    .catch((err: { status?: number }) => {
      if (err.status === 403) return null
      throw err
    })
  if (!item) throw new AppError('NOT_FOUND', 'Not found')
}
