import { describe, expect, it } from 'vitest'

import { normaliseVin, vinProblem } from './vin'

describe('VIN', () => {
  it('accepts 17 ISO 3779 characters, normalised from how people paste them', () => {
    expect(normaliseVin(' xmd-p24rs 0aa 000418 ')).toBe('XMDP24RS0AA000418')
    expect(vinProblem('XMDP24RS0AA000418')).toBeNull()
    expect(normaliseVin('')).toBeNull()
    expect(vinProblem(null)).toBeNull()
  })

  it('says what is wrong with a bad one', () => {
    expect(vinProblem('XMDP24RS0AA00041')).toMatch(/17 characters; this one has 16/)
    expect(vinProblem('XMDP24RS0AO000418')).toMatch(/I, O or Q/)
    expect(vinProblem('XMDP24RS0AA00041_')).toMatch(/only the letters/)
  })
})
