import { describe, expect, it } from 'vitest'

import { parseRange } from './byte-range'

describe('parseRange', () => {
  it('no header, other units, several ranges and malformed headers serve the whole file', () => {
    for (const h of [
      null,
      '',
      'items=0-1',
      'bytes=0-1,5-6',
      'bytes=a-b',
      'bytes=-',
      'bytes=5-2',
      'bytes 0-1',
    ])
      expect(parseRange(h, 100), String(h)).toEqual({ kind: 'whole' })
  })

  it('reads closed, open-ended and suffix ranges, inclusive', () => {
    expect(parseRange('bytes=0-0', 100)).toEqual({ kind: 'range', range: { start: 0, end: 0 } })
    expect(parseRange('bytes=10-19', 100)).toEqual({ kind: 'range', range: { start: 10, end: 19 } })
    expect(parseRange('bytes=90-', 100)).toEqual({ kind: 'range', range: { start: 90, end: 99 } })
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'range', range: { start: 90, end: 99 } })
    expect(parseRange(' bytes=99-99 ', 100)).toEqual({
      kind: 'range',
      range: { start: 99, end: 99 },
    })
  })

  it('cuts an end past the file and a suffix longer than the file', () => {
    expect(parseRange('bytes=50-1000', 100)).toEqual({
      kind: 'range',
      range: { start: 50, end: 99 },
    })
    expect(parseRange('bytes=-1000', 100)).toEqual({ kind: 'range', range: { start: 0, end: 99 } })
  })

  it('a start at or past the end, an empty suffix or any range of an empty file is unsatisfiable', () => {
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRange('bytes=100-200', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRange('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' })
    expect(parseRange('bytes=9999999999999999-', 100)).toEqual({ kind: 'unsatisfiable' })
  })
})
