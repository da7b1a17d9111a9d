import { Readable } from 'node:stream'

import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'

import { exactReader } from '../crypto/exact-reader'
import { sliceBytes } from '../crypto/slice-bytes'
import { assertBlobKey, BlobNotFoundError, type TBlobStore } from './blob-store'

export type TS3Settings = {
  bucket: string
  endpoint?: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
  /** Multipart part size (S3's minimum is 5 MiB); memory held per upload. */
  partSize?: number
}

const status = (err: unknown) =>
  (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode

/**
 * Blobs as objects in an S3-compatible bucket (AWS S3, R2, MinIO …). Uploads of unknown length go
 * in fixed-size parts, so memory stays constant; a failed upload is aborted and leaves no object,
 * since S3 only shows a multipart object once it is completed.
 */
export function s3BlobStore(settings: TS3Settings): TBlobStore {
  const Bucket = settings.bucket
  const partSize = settings.partSize ?? 8 * 1024 * 1024
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    // With the default checksums some S3-compatible servers store streamed bodies aws-chunked
    // (corrupt); our chunks carry their own authentication tags anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

  return {
    async put(key, source) {
      const Key = assertBlobKey(key)
      const reader = exactReader(source)
      let part = await reader.read(partSize)
      if (part.length < partSize) {
        await client.send(
          new PutObjectCommand({ Bucket, Key, Body: part, ContentLength: part.length }),
        )
        return { size: part.length }
      }
      const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key }))
      const parts: { PartNumber: number; ETag?: string }[] = []
      let size = 0
      try {
        while (part.length) {
          const PartNumber = parts.length + 1
          const { ETag } = await client.send(
            new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body: part }),
          )
          parts.push({ PartNumber, ETag })
          size += part.length
          part = await reader.read(partSize)
        }
        await client.send(
          new CompleteMultipartUploadCommand({
            Bucket,
            Key,
            UploadId,
            MultipartUpload: { Parts: parts },
          }),
        )
        return { size }
      } catch (err) {
        await reader.close()
        await client
          .send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }))
          .catch(() => {})
        throw err
      }
    },

    async open(key, range) {
      try {
        const res = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: assertBlobKey(key),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        )
        const body = res.Body as Readable
        if (!range) return body
        // HTTP lets a server send more than the Range asked for (s3rver answers "bytes=0-0" with
        // the whole object): whatever it sent, exactly the requested bytes are passed on.
        const served = /^bytes (\d+)-(\d+)\//.exec(res.ContentRange ?? '')
        const [from, to] = served ? [Number(served[1]), Number(served[2])] : [0, Infinity]
        if (from === range.start && to === range.end) return body
        if (from > range.start) throw new Error(`S3 sent bytes from ${from}, not ${range.start}`)
        const length = range.end - range.start + 1
        return Readable.from(sliceBytes(body, range.start - from, length), { objectMode: false })
      } catch (err) {
        if (status(err) === 404) throw new BlobNotFoundError(key)
        throw err
      }
    },

    async stat(key) {
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: assertBlobKey(key) }))
        return { size: Number(res.ContentLength ?? 0) }
      } catch (err) {
        if (status(err) === 404) return null
        throw err
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertBlobKey(key) }))
    },
  }
}
