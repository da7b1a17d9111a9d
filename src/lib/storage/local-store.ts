import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { assertBlobKey, BlobNotFoundError, counted, type TBlobStore } from './blob-store'

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Blobs as files under `root`. A put writes into `root/.tmp` (same file system) and renames when
 * complete and flushed, so a crash or a failed stream never leaves a half-written blob under its key.
 */
const READ_BYTES = 1024 * 1024

export function localBlobStore(root: string): TBlobStore {
  const base = path.resolve(root)
  const tmpDir = path.join(base, '.tmp')
  const fileFor = (key: string) => path.join(base, ...assertBlobKey(key).split('/'))

  return {
    async put(key, source) {
      const target = fileFor(key)
      await mkdir(tmpDir, { recursive: true, mode: 0o700 })
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
      const temp = path.join(tmpDir, randomUUID())
      const total = { size: 0 }
      try {
        const fh = await open(temp, 'wx', 0o600)
        try {
          // One buffer at a time: memory stays constant whatever the size.
          for await (const buf of counted(source, total)) await fh.write(buf)
          await fh.sync()
        } finally {
          await fh.close()
        }
        await rename(temp, target)
      } catch (err) {
        await rm(temp, { force: true })
        throw err
      }
      return total
    },

    async open(key, range) {
      const file = fileFor(key)
      try {
        const fh = await open(file, 'r')
        // Reads of 1 MiB: a 64 KiB chunk plus its tag then rarely straddles two reads (no copy).
        return fh.createReadStream({ ...range, highWaterMark: READ_BYTES })
      } catch (err) {
        if (isMissing(err)) throw new BlobNotFoundError(key)
        throw err
      }
    },

    async stat(key) {
      try {
        return { size: (await stat(fileFor(key))).size }
      } catch (err) {
        if (isMissing(err)) return null
        throw err
      }
    },

    async delete(key) {
      await rm(fileFor(key), { force: true })
    },
  }
}
