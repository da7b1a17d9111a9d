import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { isExposed } from './versions'

const root = path.resolve(import.meta.dirname, '../../..')

const ZAdvisories = z.object({
  advisories: z.array(
    z.object({
      id: z.string().min(3),
      package: z.string().min(1),
      summary: z.string().min(3),
      severity: z.enum(['low', 'medium', 'high', 'critical']),
      introduced: z.string().optional(),
      fixed: z.array(z.string()).min(1),
      url: z.url(),
    }),
  ),
})

const { advisories } = ZAdvisories.parse(
  JSON.parse(readFileSync(path.join(root, 'security/advisories.json'), 'utf8')),
)

/** The version npm actually installed (what runs), not the range package.json asks for. */
function installed(pkg: string): string | null {
  const file = path.join(root, 'node_modules', pkg, 'package.json')
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : null
}

describe('known security advisories (security/advisories.json)', () => {
  it.each(advisories.map((a) => [`${a.package}: ${a.id}`, a] as const))(
    '%s — installed version is past the fix',
    (_name, advisory) => {
      const version = installed(advisory.package)
      expect(
        version,
        `${advisory.package} is not installed; drop the row or fix the name`,
      ).not.toBeNull()
      expect(
        isExposed(version!, advisory.fixed, advisory.introduced),
        `${advisory.package}@${version} is exposed to ${advisory.id}; first fixed: ${advisory.fixed.join(', ')}`,
      ).toBe(false)
    },
  )

  it('SECURITY.md lists every advisory of the table', () => {
    const doc = readFileSync(path.join(root, 'SECURITY.md'), 'utf8')
    for (const a of advisories) expect(doc, `SECURITY.md misses ${a.id}`).toContain(a.id)
  })

  it('keeps all @payloadcms packages on the version of payload (ARCHITECTURE rule 12)', () => {
    const payload = installed('payload')
    const scoped = readdirSync(path.join(root, 'node_modules/@payloadcms'))
    for (const name of scoped)
      expect(installed(`@payloadcms/${name}`), `@payloadcms/${name}`).toBe(payload)
  })
})
