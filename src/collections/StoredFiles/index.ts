import type { CollectionConfig } from 'payload'
import { z } from 'zod'

import { nobody } from '@/access/nobody'

/**
 * One row per encrypted blob (src/lib/storage/files.ts): where it is, which master key wraps its
 * data key, and what it holds. No API or admin screen reads or writes these rows; collections that
 * own files relate to them and the file route checks the owner's read access.
 */
export const StoredFiles: CollectionConfig = {
  slug: 'stored-files',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      // Chosen before the blob is written, because each chunk's associated data binds it.
      name: 'id',
      type: 'text',
      required: true,
      validate: (value: unknown) => z.uuid().safeParse(value).success || 'must be a uuid',
    },
    { name: 'storageKey', type: 'text', required: true, unique: true },
    { name: 'keyId', type: 'text', required: true, index: true },
    { name: 'wrappedKey', type: 'text', required: true },
    { name: 'envelopeVersion', type: 'number', required: true },
    { name: 'chunkSize', type: 'number', required: true },
    { name: 'noncePrefix', type: 'text', required: true },
    { name: 'size', type: 'number', required: true },
    { name: 'contentType', type: 'text', required: true },
    { name: 'filename', type: 'text', required: true },
    { name: 'sha256', type: 'text' },
    // The record whose read access decides who may fetch this file through /api/files/[id].
    { name: 'ownerCollection', type: 'text', index: true },
    { name: 'ownerId', type: 'text', index: true },
  ],
}
