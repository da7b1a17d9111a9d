import { Readable } from 'node:stream'

import {
  APIError,
  type CollectionSlug,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
} from 'payload'

import { isAppError } from '@/lib/errors'
import { checkUpload, incomingStream, type TIncomingFile } from '@/lib/storage/check-upload'
import type { TPrivateFilesOptions } from '@/lib/storage/private-files-options'
import type { TUploadType } from '@/lib/storage/upload-types'

/** The stored files of one upload record: its original and each image size, by id. */
export type TStoredFileIds = { original: string; sizes: Record<string, string> }

const FIELD = 'storedFiles'
const TYPE_KEY = 'privateUploadType'
// Loaded when a file is stored: the storage module is server-only, and this config is also read by
// Payload's CLI (migrations, type generation).
const storage = () => import('@/lib/storage/files')
const fileUrl = (id: string) => `/api/files/${id}`

/**
 * Turns a collection into an upload collection whose files — the original and every image size
 * Payload makes — are stored encrypted through src/lib/storage/files.ts and served only by
 * /api/files/[id] under the collection's own read access. Payload never writes its static dir
 * and its own file URLs answer 404.
 *
 * The upload is checked (type by content, size per kind, virus scan) before the operation starts.
 * The files are stored after the record is written, inside its transaction, so a record that fails
 * validation leaves no blob; if storing fails the record is rolled back and every blob already
 * written is removed. Images pass through sharp (rotated upright, all metadata dropped: EXIF, GPS).
 */
export function privateUpload(args: {
  collection: CollectionConfig
  allowed: readonly TUploadType[]
  files?: TPrivateFilesOptions
}): CollectionConfig {
  const { collection, allowed } = args
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    custom: { ...collection.custom, privateFiles: args.files ?? {} },
    upload: {
      ...upload,
      disableLocalStorage: true,
      mimeTypes: [...allowed],
      // Present so Payload passes every image through sharp: `.rotate()` applies the orientation
      // and, without withMetadata, the output carries no EXIF/GPS. Also refuses pixel bombs.
      constructorOptions: { limitInputPixels: 100_000_000 },
      withMetadata: false,
      adminThumbnail: ({ doc }) => {
        const ids = doc[FIELD] as TStoredFileIds | undefined
        const id =
          ids?.sizes.thumbnail ??
          (String(doc.mimeType).startsWith('image/') ? ids?.original : undefined)
        return id ? fileUrl(id) : null
      },
      // Payload's own /api/<slug>/file/<name> serves nothing: files go through /api/files/[id].
      handlers: [() => Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })],
    },
    fields: [
      ...collection.fields,
      {
        name: FIELD,
        type: 'json',
        admin: { hidden: true },
        access: { create: () => false, update: () => false },
      },
    ],
    hooks: {
      ...hooks,
      beforeOperation: [checkIncoming(allowed), ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), detectedType],
      afterChange: [storeFiles(collection.slug as CollectionSlug), ...(hooks.afterChange ?? [])],
      afterRead: [...(hooks.afterRead ?? []), fileUrls],
      afterDelete: [...(hooks.afterDelete ?? []), deleteFiles],
    },
  }
}

const checkIncoming =
  (allowed: readonly TUploadType[]): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    try {
      req.context[TYPE_KEY] = await checkUpload({ file: req.file as TIncomingFile, allowed })
    } catch (err) {
      // Payload shows a public APIError's message in /admin; our routes answer problem+json.
      if (isAppError(err)) throw new APIError(err.message, err.status, null, true)
      throw err
    }
    return args
  }

/** The type read from the content, not the one the browser claimed. */
const detectedType: CollectionBeforeChangeHook = ({ data, req }) => {
  const type = req.context[TYPE_KEY]
  if (req.file && typeof type === 'string' && !String(data.mimeType).startsWith('image/'))
    data.mimeType = type
  return data
}

const storeFiles =
  (slug: CollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (!req.file || (operation !== 'create' && operation !== 'update')) return doc
    const { deleteFile, putFile } = await storage()
    const owner = { collection: slug, id: String(doc.id) }
    const stored: string[] = []
    const put = async (
      stream: AsyncIterable<Uint8Array>,
      contentType: string,
      filename: string,
    ) => {
      const meta = await putFile({
        payload: req.payload,
        stream,
        contentType,
        filename,
        owner,
        req,
      })
      stored.push(meta.id)
      return meta.id
    }
    try {
      const original = await put(
        incomingStream(req.file as TIncomingFile),
        doc.mimeType,
        doc.filename,
      )
      const sizes: Record<string, string> = {}
      for (const [name, buffer] of Object.entries(req.payloadUploadSizes ?? {})) {
        const size = doc.sizes?.[name]
        if (!size?.filename) continue
        sizes[name] = await put(
          Readable.from([buffer]),
          size.mimeType ?? doc.mimeType,
          size.filename,
        )
      }
      const ids: TStoredFileIds = { original, sizes }
      // Written straight to the row (no hooks, same transaction): the field is system-only.
      await req.payload.db.updateOne({ collection: slug, id: doc.id, data: { [FIELD]: ids }, req })
      await removeStored(req, (previousDoc?.[FIELD] as TStoredFileIds | undefined) ?? null)
      return fileUrls({ doc: { ...doc, [FIELD]: ids } } as Parameters<CollectionAfterReadHook>[0])
    } catch (err) {
      // The transaction takes the rows back; the blobs are ours to remove.
      for (const id of stored) await deleteFile({ payload: req.payload, id }).catch(() => {})
      throw err
    }
  }

const deleteFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeStored(req, (doc[FIELD] as TStoredFileIds | undefined) ?? null)
}

async function removeStored(req: PayloadRequest, ids: TStoredFileIds | null) {
  if (!ids) return
  const { deleteFile } = await storage()
  for (const id of [ids.original, ...Object.values(ids.sizes)])
    await deleteFile({ payload: req.payload, id, req })
}

/** `url`, `thumbnailURL` and each size's `url` point at the one file route. */
const fileUrls: CollectionAfterReadHook = ({ doc }) => {
  const ids = doc[FIELD] as TStoredFileIds | undefined
  if (!ids) return { ...doc, url: null, thumbnailURL: null }
  const sizes = Object.fromEntries(
    Object.entries((doc.sizes ?? {}) as Record<string, Record<string, unknown>>).map(([n, s]) => [
      n,
      { ...s, url: ids.sizes[n] ? fileUrl(ids.sizes[n]) : null },
    ]),
  )
  const thumb =
    ids.sizes.thumbnail ?? (String(doc.mimeType).startsWith('image/') ? ids.original : null)
  return { ...doc, url: fileUrl(ids.original), thumbnailURL: thumb ? fileUrl(thumb) : null, sizes }
}
