import { describe, expect, it } from 'vitest'

import { compareVersions, isExposed, parseVersion } from './versions'

describe('version comparison', () => {
  it('orders by major, minor, patch — numerically, not as text', () => {
    expect(compareVersions('16.4.5', '16.4.5')).toBe(0)
    expect(compareVersions('16.10.0', '16.9.9')).toBeGreaterThan(0)
    expect(compareVersions('3.9.0', '3.44.0')).toBeLessThan(0)
    expect(compareVersions('v1.2.3', '1.2.3')).toBe(0)
    expect(compareVersions('1.2.3+build.7', '1.2.3')).toBe(0)
  })

  it('puts pre-releases before their release, in semver order', () => {
    expect(compareVersions('1.0.0-beta', '1.0.0')).toBeLessThan(0)
    expect(compareVersions('1.0.0-beta.2', '1.0.0-beta.11')).toBeLessThan(0)
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0)
    expect(compareVersions('1.0.0-alpha.1', '1.0.0-alpha.beta')).toBeLessThan(0)
    expect(compareVersions('18.4.0-beta.17', '18.3.9')).toBeGreaterThan(0)
  })

  it('refuses what is not a version', () => {
    expect(() => parseVersion('latest')).toThrow(/not a version/)
    expect(() => parseVersion('1.2')).toThrow(/not a version/)
  })
})

describe('exposure to an advisory', () => {
  // CVE-2025-29927: fixed per release line.
  const fixed = ['12.3.5', '13.5.9', '14.2.25', '15.2.3']

  it('judges a version by the fix on its own release line', () => {
    expect(isExposed('15.2.2', fixed)).toBe(true)
    expect(isExposed('15.2.3', fixed)).toBe(false)
    expect(isExposed('14.2.24', fixed)).toBe(true)
    expect(isExposed('14.2.30', fixed)).toBe(false)
  })

  it('is safe past the newest fix, exposed on a line without a listed fix below it', () => {
    expect(isExposed('16.4.5', fixed)).toBe(false)
    expect(isExposed('15.3.0', fixed)).toBe(false)
    expect(isExposed('15.1.7', fixed)).toBe(true)
  })

  it('is safe below the version that introduced the problem', () => {
    expect(isExposed('18.3.1', ['19.0.1', '19.1.2', '19.2.1'], '19.0.0')).toBe(false)
    expect(isExposed('19.0.0', ['19.0.1', '19.1.2', '19.2.1'], '19.0.0')).toBe(true)
    expect(isExposed('19.3.1', ['19.0.1', '19.1.2', '19.2.1'], '19.0.0')).toBe(false)
  })

  it('treats a pre-release of the fixed version as not yet fixed', () => {
    expect(isExposed('3.44.0-canary.1', ['3.44.0'])).toBe(true)
  })
})
