import type { CollectionConfig, Payload } from 'payload'

/**
 * What a collection that owns stored files tells the file route, kept in the collection's
 * `custom.privateFiles` so the route reads it from the one assembled config.
 */
export type TPrivateFilesOptions = {
  /** Record every view and download in the audit log (documents). */
  auditReads?: boolean
  /**
   * The collection's files never change and their access never narrows, so a browser may keep
   * them (`private, max-age, immutable`). Off by default: `private, no-store`.
   */
  immutable?: boolean
  /**
   * Its PDFs may be shown inline in a frame of our own pages (the documents page previews them
   * in the browser's viewer). Every other file, and every other origin, may never frame one.
   */
  frameable?: boolean
}

export const privateFilesOf = (config: Pick<CollectionConfig, 'custom'>) =>
  (config.custom?.privateFiles as TPrivateFilesOptions | undefined) ?? null

/** The options of the collection `slug`, or null when it does not own stored files. */
export function privateFilesOptions(payload: Payload, slug: string): TPrivateFilesOptions | null {
  const collection = payload.collections[slug as keyof typeof payload.collections]
  return collection ? privateFilesOf(collection.config) : null
}
