import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const here = import.meta.dirname
const src = path.resolve(here, '../../..')
const iconFiles = readdirSync(here).filter((f) => /^[a-z0-9-]+\.tsx$/.test(f) && f !== 'icon.tsx')

/** Every source file of the portal (not tests), with its text. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return []
    return [{ file: path.relative(src, full), text: readFileSync(full, 'utf8') }]
  })
}

/** A client component that takes the whole index (every icon) instead of its icons' files. */
const clientImportsIndex = (text: string) =>
  /^\s*['"]use client['"]/.test(text) && /from '@\/components\/ui\/icons'/.test(text)

describe('icons', () => {
  it('one file per icon, named after what it exports, each listed by the index', () => {
    const index = readFileSync(path.join(here, 'index.ts'), 'utf8')
    for (const file of iconFiles) {
      const text = readFileSync(path.join(here, file), 'utf8')
      const exported = [...text.matchAll(/^export const (\w+) = \/\* @__PURE__ \*\/ icon\(/gm)]
      expect(exported, file).toHaveLength(1)
      const kebab = exported[0][1].replace(/(?<!^)(?=[A-Z])|(?<=[a-z])(?=\d)/g, '-').toLowerCase()
      expect(`${kebab}.tsx`).toBe(file)
      expect(index, file).toContain(`export * from './${file.replace(/\.tsx$/, '')}'`)
    }
    expect(iconFiles.length).toBeGreaterThan(40)
  })

  it('client components import each icon from its own file, never the index', () => {
    const offenders = sources(src)
      .filter(({ text }) => clientImportsIndex(text))
      .map(({ file }) => file)
    expect(offenders).toEqual([])
  })

  it('the check tells the index from an icon file', () => {
    expect(clientImportsIndex("'use client'\nimport { X } from '@/components/ui/icons'\n")).toBe(
      true,
    )
    expect(clientImportsIndex("'use client'\nimport { X } from '@/components/ui/icons/x'\n")).toBe(
      false,
    )
    expect(clientImportsIndex("import { X } from '@/components/ui/icons'\n")).toBe(false)
  })
})
