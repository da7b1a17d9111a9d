/**
 * Where a file's bytes sit in its encrypted blob. The blob is a header followed by chunks; every
 * chunk holds `chunkSize` plaintext bytes (the last one 0..chunkSize) plus a 16-byte GCM tag, so
 * any plaintext offset maps to a ciphertext offset without reading anything.
 */
export const HEADER_BYTES = 17
export const TAG_BYTES = 16

/** An inclusive byte range, as in HTTP `Range: bytes=start-end`. */
export type TByteRange = { start: number; end: number }

export type TChunkPlan = {
  firstChunk: number
  lastChunk: number
  /** Inclusive ciphertext offsets to read from the blob. */
  cipher: TByteRange
  /** Whether the read starts at the blob's header (whole-file reads check it). */
  withHeader: boolean
  /** Plaintext bytes to drop from the first decrypted chunk, then bytes to pass on. */
  skip: number
  length: number
}

/** An empty file is one empty chunk, so a blob cut off after its header is still detected. */
export const chunkCount = (size: number, chunkSize: number) =>
  size === 0 ? 1 : Math.ceil(size / chunkSize)

export const cipherSize = (size: number, chunkSize: number) =>
  HEADER_BYTES + size + TAG_BYTES * chunkCount(size, chunkSize)

/** Plaintext length of chunk `index`. */
export const chunkPlainLength = (index: number, size: number, chunkSize: number) =>
  index < chunkCount(size, chunkSize) - 1 ? chunkSize : size - index * chunkSize

/** Throws RangeError for a range outside the file (an HTTP route answers 416). */
export function planRange(args: {
  size: number
  chunkSize: number
  range?: TByteRange
}): TChunkPlan {
  const { size, chunkSize, range } = args
  const total = cipherSize(size, chunkSize)
  if (!range) {
    const lastChunk = chunkCount(size, chunkSize) - 1
    return {
      firstChunk: 0,
      lastChunk,
      cipher: { start: 0, end: total - 1 },
      withHeader: true,
      skip: 0,
      length: size,
    }
  }
  const { start, end } = range
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start)
    throw new RangeError(`invalid range ${start}-${end}`)
  if (end >= size) throw new RangeError(`range ${start}-${end} outside a file of ${size} bytes`)
  const firstChunk = Math.floor(start / chunkSize)
  const lastChunk = Math.floor(end / chunkSize)
  const stride = chunkSize + TAG_BYTES
  return {
    firstChunk,
    lastChunk,
    cipher: {
      start: HEADER_BYTES + firstChunk * stride,
      end: Math.min(HEADER_BYTES + (lastChunk + 1) * stride, total) - 1,
    },
    withHeader: false,
    skip: start - firstChunk * chunkSize,
    length: end - start + 1,
  }
}
