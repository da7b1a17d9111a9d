// Renders the emblem (public/brand/mark.svg) into the icons browsers ask for: /favicon.ico
// (16, 32 and 48 px PNGs in one ICO), /icon.svg and /apple-touch-icon.png. Output is committed:
//   node scripts/brand/render-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs'

import sharp from 'sharp'

const mark = readFileSync('public/brand/mark.svg', 'utf8')
  .replace(/<title>.*?<\/title>/, '')
  .replace(/currentColor/g, '#c8a46a')
const inner = mark.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
// The emblem on the brand's ink, slightly inset, so it reads on light and dark tabs alike.
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" rx="12" fill="#0b0b0c"/>
  <g transform="translate(4 4) scale(0.875)">${inner}</g>
</svg>
`
writeFileSync('public/icon.svg', icon)

const png = (size) =>
  sharp(Buffer.from(icon), { density: 72 * (size / 64) * 4 })
    .resize(size)
    .png()
    .toBuffer()

const sizes = [16, 32, 48]
const images = await Promise.all(sizes.map(png))
const header = Buffer.alloc(6 + 16 * sizes.length)
header.writeUInt16LE(0, 0)
header.writeUInt16LE(1, 2) // type: icon
header.writeUInt16LE(sizes.length, 4)
let offset = header.length
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i
  header.writeUInt8(size, entry)
  header.writeUInt8(size, entry + 1)
  header.writeUInt16LE(1, entry + 4) // colour planes
  header.writeUInt16LE(32, entry + 6) // bits per pixel
  header.writeUInt32LE(images[i].length, entry + 8)
  header.writeUInt32LE(offset, entry + 12)
  offset += images[i].length
})
writeFileSync('public/favicon.ico', Buffer.concat([header, ...images]))

const touch = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" fill="#0b0b0c"/>
  <g transform="translate(8 8) scale(0.75)">${inner}</g>
</svg>`
await sharp(Buffer.from(touch), { density: 72 * 3 * 4 })
  .resize(180)
  .png()
  .toFile('public/apple-touch-icon.png')
console.log('icons written')
