#!/usr/bin/env node
// Prints src/components/ui/icons.tsx entries for Lucide icons, from the installed lucide-react's
// own icon data (aliases followed to the icon they name):
//   node scripts/icon-shape.mjs shield-check volume-x
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'node_modules/lucide-react/dist/esm/icons')
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
  console.log(
    `export const ${pascal(asked)} = /* @__PURE__ */ icon('${name}', [${shapes.join(', ')}])`,
  )
}
