import { env } from '../env'
import type { TBlobStore } from './blob-store'
import { localBlobStore } from './local-store'
import { s3BlobStore } from './s3-store'

let store: TBlobStore | undefined

/** The configured backend (STORAGE_BACKEND), made once per process. */
export function getBlobStore(): TBlobStore {
  store ??=
    env.STORAGE_BACKEND === 's3'
      ? s3BlobStore({
          bucket: env.S3_BUCKET!,
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        })
      : localBlobStore(env.STORAGE_DIR)
  return store
}
