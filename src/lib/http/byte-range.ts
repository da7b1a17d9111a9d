import type { TByteRange } from '../crypto/chunk-range'

export type TRangeRequest =
  { kind: 'whole' } | { kind: 'range'; range: TByteRange } | { kind: 'unsatisfiable' }

const SINGLE = /^bytes=(\d*)-(\d*)$/

/**
 * The one byte range of an HTTP `Range` header (RFC 9110 §14.2) for a representation of `size`
 * bytes. A header we do not serve as a range (another unit, several ranges, malformed) is ignored,
 * as the RFC allows: the whole file is sent. A well-formed range that lies outside the file is
 * unsatisfiable (416). Suffix ranges (`bytes=-500`) count from the end; an end past the file is cut.
 */
export function parseRange(header: string | null | undefined, size: number): TRangeRequest {
  if (!header) return { kind: 'whole' }
  const m = SINGLE.exec(header.trim())
  if (!m) return { kind: 'whole' }
  const [, first, last] = m
  if (first === '' && last === '') return { kind: 'whole' }
  if (first.length > 15 || last.length > 15) return { kind: 'unsatisfiable' }
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'range', range: { start: Math.max(0, size - suffix), end: size - 1 } }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (last !== '' && Number(last) < start) return { kind: 'whole' }
  if (start >= size) return { kind: 'unsatisfiable' }
  return { kind: 'range', range: { start, end } }
}
