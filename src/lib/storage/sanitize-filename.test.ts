import { describe, expect, it } from 'vitest'

import { sanitizeFilename } from './sanitize-filename'

describe('sanitizeFilename', () => {
  it('keeps ordinary and non-ASCII names', () => {
    expect(sanitizeFilename('Contract D8 GTO.pdf')).toBe('Contract D8 GTO.pdf')
    expect(sanitizeFilename('Łódź – überführung.pdf')).toBe('Łódź – überführung.pdf')
  })

  it('drops directories, control and reserved characters, hidden-file dots', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd')
    expect(sanitizeFilename('C:\\Users\\x\\report.pdf')).toBe('report.pdf')
    expect(sanitizeFilename('a\u0000b\r\nc<>:"|?*.txt')).toBe('a_b__c_______.txt')
    expect(sanitizeFilename('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe')
    expect(sanitizeFilename('  ..hidden.  ')).toBe('hidden')
  })

  it('never returns an empty or overlong name', () => {
    expect(sanitizeFilename('')).toBe('file')
    expect(sanitizeFilename('...')).toBe('file')
    expect(sanitizeFilename(null)).toBe('file')
    expect(Array.from(sanitizeFilename('é'.repeat(500))).length).toBe(200)
  })
})
