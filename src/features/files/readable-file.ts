import 'server-only'

import type { CollectionSlug, Payload } from 'payload'

import type { TUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import { findFile } from '@/lib/storage/files'
import { privateFilesOptions, type TPrivateFilesOptions } from '@/lib/storage/private-files-options'
import type { StoredFile } from '@/payload-types'

const NOT_FOUND = () => new AppError('NOT_FOUND', 'File not found')

/**
 * The stored file `id` if `user` may read the record that owns it, asked through that
 * collection's own read access (overrideAccess: false, as REST asks it). A malformed id, a missing
 * file, a file without an owner, an owner this user may not read: all the same 404.
 */
export async function readableFile(args: {
  payload: Payload
  id: string
  user: TUser | null
}): Promise<{ meta: StoredFile; options: TPrivateFilesOptions }> {
  const { payload, user } = args
  const meta = await findFile(payload, args.id)
  const options = meta.ownerCollection && privateFilesOptions(payload, meta.ownerCollection)
  if (!user || !options || !meta.ownerId) throw NOT_FOUND()
  try {
    const owner = await payload.findByID({
      collection: meta.ownerCollection as CollectionSlug,
      id: meta.ownerId,
      user,
      overrideAccess: false,
      depth: 0,
      select: {},
      disableErrors: true,
    })
    if (!owner) throw NOT_FOUND()
  } catch (err) {
    // Payload's Forbidden for "no read access at all" is the same 404 as "not yours".
    if (err instanceof AppError) throw err
    if ((err as { status?: number }).status === 403) throw NOT_FOUND()
    throw err
  }
  return { meta, options }
}
