import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

import type { TS3Settings } from '@/lib/storage/s3-store'

/**
 * A real S3-compatible server (s3rver, objects on disk) on a free loopback port, with one bucket.
 * s3rver checks request signatures against its fixed S3RVER/S3RVER credentials.
 */
export async function startS3Server(bucket = 'portal-files') {
  const directory = mkdtempSync(path.join(tmpdir(), 'storage-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  const settings: TS3Settings = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  }
  return {
    settings,
    directory,
    async stop() {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
