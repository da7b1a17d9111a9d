import { describe, expect, it } from 'vitest'

import { formatDuration } from './format-duration'

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [42.4, '42 s'],
    [59.6, '1 min'],
    [12 * 60 + 20, '12 min'],
    [3600, '1 h'],
    [3 * 3600 + 5 * 60, '3 h 5 min'],
    [59 * 60 + 50, '1 h'],
    [24 * 3600, '1 d'],
    [2 * 86400 + 4 * 3600 + 20 * 60, '2 d 4 h'],
  ])('%s s reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})
