#!/usr/bin/env node
// Writes src/components/ui/icons/<name>.tsx for Lucide icons, from the installed lucide-react's
// own icon data (aliases followed to the icon they name), and adds them to the folder's index:
//   node scripts/icon-shape.mjs shield-check volume-x
// Then `npx prettier --write src/components/ui/icons`.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'node_modules/lucide-react/dist/esm/icons')
const out = path.join(root, 'src/components/ui/icons')
const pascal = (name) =>
  name
    .split('-')
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('')
const attribute = ([k, v]) => `${/^[a-z0-9]+$/i.test(k) ? k : `'${k}'`}: '${v}'`

for (const asked of process.argv.slice(2)) {
  let name = asked
  for (;;) {
    const text = readFileSync(path.join(dir, `${name}.mjs`), 'utf8')
    const alias = !text.includes('__iconData') && text.match(/from '\.\/(.+)\.mjs'/)
    if (!alias) break
    name = alias[1]
  }
  const { __iconData } = await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href)
  const shapes = __iconData.node.map(([tag, { key: _key, ...attrs }]) =>
    tag === 'circle' && Object.keys(attrs).join() === 'cx,cy,r'
      ? `circle('${attrs.cx}', '${attrs.cy}', '${attrs.r}')`
      : `['${tag}', { ${Object.entries(attrs).map(attribute).join(', ')} }]`,
  )
  const file = pascal(asked)
    .replace(/(?<!^)(?=[A-Z])|(?<=[a-z])(?=\d)/g, '-')
    .toLowerCase()
  const helpers = shapes.some((s) => s.startsWith('circle(')) ? 'circle, icon' : 'icon'
  writeFileSync(
    path.join(out, `${file}.tsx`),
    `import { ${helpers} } from './icon'\n\nexport const ${pascal(asked)} = /* @__PURE__ */ icon('${name}', [${shapes.join(', ')}])\n`,
  )
  const index = readFileSync(path.join(out, 'index.ts'), 'utf8').split('\n')
  const line = `export * from './${file}'`
  if (!index.includes(line)) {
    const exports = [...index.filter((l) => l.startsWith('export * from')), line].sort()
    const rest = index.filter((l) => l && !l.startsWith('export * from'))
    writeFileSync(path.join(out, 'index.ts'), [...rest, ...exports, ''].join('\n'))
  }
  console.log(`src/components/ui/icons/${file}.tsx`)
}
