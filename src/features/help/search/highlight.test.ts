import { describe, expect, it } from 'vitest'

import { parseHighlight, plainSegments, START_SEL, STOP_SEL } from './highlight'
import { prefixTsQuery, queryWords } from './ts-query'

describe('search highlight', () => {
  it('splits a headline on our markers into text segments', () => {
    expect(
      parseHighlight(`de ${START_SEL}lak${STOP_SEL} is ${START_SEL}droog${STOP_SEL}.`),
    ).toEqual([
      { text: 'de ', hit: false },
      { text: 'lak', hit: true },
      { text: ' is ', hit: false },
      { text: 'droog', hit: true },
      { text: '.', hit: false },
    ])
  })

  it('keeps markup as plain text and drops stray control characters', () => {
    const segments = parseHighlight(
      `<img src=x onerror=alert(1)> ${START_SEL}&amp;${STOP_SEL}\u0007`,
    )
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: '&amp;', hit: true },
    ])
    expect(plainSegments('a\u0000b')).toEqual([{ text: 'ab', hit: false }])
  })
})

describe('search query', () => {
  it('makes every word a prefix and keeps only letters and digits', () => {
    expect(prefixTsQuery('Lak')).toBe('lak:*')
    expect(prefixTsQuery("lak & !kras | 'x':*")).toBe('lak:* & kras:* & x:*')
    expect(prefixTsQuery('Übergabe  Lelystad')).toBe('übergabe:* & lelystad:*')
    expect(prefixTsQuery(' !!! ')).toBeNull()
  })

  it('reads at most eight words of forty characters', () => {
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8)
    expect(queryWords('x'.repeat(100))[0]).toHaveLength(40)
  })
})
