import { describe, expect, it } from 'vitest'

import { csvCell, csvLine } from './csv'

describe('csvCell', () => {
  it('leaves plain values alone and writes empty cells for null', () => {
    expect(csvCell('auth.sign-in.succeeded')).toBe('auth.sign-in.succeeded')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    )
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('writes objects as JSON and dates as ISO', () => {
    expect(csvCell({ fields: ['phone', 'email'] })).toBe('"{""fields"":[""phone"",""email""]}"')
    expect(csvCell(new Date('2026-11-24T12:00:00Z'))).toBe('2026-11-24T12:00:00.000Z')
  })
})

describe('csvLine', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvLine(['a', null, 'b,c', 1])).toBe('a,,"b,c",1\r\n')
  })
})
