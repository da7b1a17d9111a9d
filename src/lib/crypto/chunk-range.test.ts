import { describe, expect, it } from 'vitest'

import { chunkCount, cipherSize, HEADER_BYTES, planRange, TAG_BYTES } from './chunk-range'

const C = 100
const S = C + TAG_BYTES // one chunk's stride in the blob

describe('chunk arithmetic', () => {
  it('counts an empty file as one empty chunk', () => {
    expect(chunkCount(0, C)).toBe(1)
    expect(cipherSize(0, C)).toBe(HEADER_BYTES + TAG_BYTES)
    expect(chunkCount(C - 1, C)).toBe(1)
    expect(chunkCount(C, C)).toBe(1)
    expect(chunkCount(C + 1, C)).toBe(2)
    expect(cipherSize(C + 1, C)).toBe(HEADER_BYTES + C + 1 + 2 * TAG_BYTES)
  })

  it('reads the whole blob, header included, without a range', () => {
    expect(planRange({ size: 250, chunkSize: C })).toEqual({
      firstChunk: 0,
      lastChunk: 2,
      cipher: { start: 0, end: cipherSize(250, C) - 1 },
      withHeader: true,
      skip: 0,
      length: 250,
    })
    expect(planRange({ size: 0, chunkSize: C }).cipher).toEqual({ start: 0, end: 32 })
  })

  it.each([
    // [start, end, firstChunk, lastChunk, cipherStart, cipherEnd, skip]
    [0, 0, 0, 0, HEADER_BYTES, HEADER_BYTES + S - 1, 0],
    [C - 1, C - 1, 0, 0, HEADER_BYTES, HEADER_BYTES + S - 1, C - 1],
    [C, C, 1, 1, HEADER_BYTES + S, HEADER_BYTES + 2 * S - 1, 0],
    [C + 1, C + 1, 1, 1, HEADER_BYTES + S, HEADER_BYTES + 2 * S - 1, 1],
    [C - 1, C, 0, 1, HEADER_BYTES, HEADER_BYTES + 2 * S - 1, C - 1],
    // The last chunk of a 250-byte file holds 50 bytes: the read stops at the blob's end.
    [249, 249, 2, 2, HEADER_BYTES + 2 * S, cipherSize(250, C) - 1, 49],
    [0, 249, 0, 2, HEADER_BYTES, cipherSize(250, C) - 1, 0],
  ])('range %i-%i of 250 bytes', (start, end, first, last, cStart, cEnd, skip) => {
    expect(planRange({ size: 250, chunkSize: C, range: { start, end } })).toEqual({
      firstChunk: first,
      lastChunk: last,
      cipher: { start: cStart, end: cEnd },
      withHeader: false,
      skip,
      length: end - start + 1,
    })
  })

  it('ends at the blob for a file that fills its last chunk exactly', () => {
    const plan = planRange({
      size: 2 * C,
      chunkSize: C,
      range: { start: 2 * C - 1, end: 2 * C - 1 },
    })
    expect(plan.cipher.end).toBe(cipherSize(2 * C, C) - 1)
    expect(plan.lastChunk).toBe(1)
  })

  it('refuses ranges outside the file, and every range of an empty file', () => {
    const bad = [
      [0, 250],
      [250, 250],
      [-1, 3],
      [5, 4],
      [0.5, 3],
    ]
    for (const [start, end] of bad)
      expect(() => planRange({ size: 250, chunkSize: C, range: { start, end } })).toThrow(
        RangeError,
      )
    expect(() => planRange({ size: 0, chunkSize: C, range: { start: 0, end: 0 } })).toThrow(
      RangeError,
    )
  })
})
