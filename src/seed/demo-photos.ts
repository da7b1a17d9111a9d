import sharp from 'sharp'

/** A scene of the demo's studio photography: paint colour, light and framing. */
export type TScene = {
  body: string
  backdrop: [string, string]
  light: string
  /** Horizontal position of the car, 0..1, and its scale. */
  x: number
  scale: number
  /** Bare carbon weave instead of paint (the chassis before the body). */
  bare?: boolean
}

const W = 1600
const H = 1067

function car(s: TScene) {
  const fill = s.bare ? 'url(#weave)' : 'url(#paint)'
  return `
  <g transform="translate(${s.x * W - 600 * s.scale} ${H * 0.44}) scale(${s.scale})">
    <ellipse cx="600" cy="330" rx="610" ry="34" fill="#000" opacity="0.55" filter="url(#blur)"/>
    <path d="M40 250 C60 200 140 182 250 176 L420 168 C470 120 560 96 660 100 C760 104 820 128 880 170
             L1040 182 C1120 190 1170 214 1180 250 L1176 286 L1010 292 C1000 222 900 206 860 292
             L340 292 C330 214 220 206 200 292 L44 288 Z" fill="${fill}"/>
    <path d="M470 166 C520 128 590 112 660 114 C730 116 780 134 822 168 Z" fill="#0c0d10" opacity="0.92"/>
    <path d="M60 244 C300 226 900 222 1168 240" stroke="${s.light}" stroke-width="3" opacity="0.55" fill="none"/>
    ${[270, 930]
      .map(
        (cx) => `
    <circle cx="${cx}" cy="292" r="74" fill="#070708"/>
    <circle cx="${cx}" cy="292" r="56" fill="none" stroke="#3a3a40" stroke-width="10"/>
    <circle cx="${cx}" cy="292" r="20" fill="#1d1d22" stroke="${s.light}" stroke-opacity="0.5"/>`,
      )
      .join('')}
  </g>`
}

/** Studio shot of a roadster in profile, drawn as SVG and rendered to JPEG: nothing hot-linked. */
export async function studioPhoto(s: TScene): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <radialGradient id="bg" cx="50%" cy="38%" r="75%">
      <stop offset="0" stop-color="${s.backdrop[0]}"/><stop offset="1" stop-color="${s.backdrop[1]}"/>
    </radialGradient>
    <linearGradient id="floor" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#16161a"/><stop offset="1" stop-color="#050506"/>
    </linearGradient>
    <linearGradient id="paint" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${s.light}" stop-opacity="0.9"/>
      <stop offset="0.18" stop-color="${s.body}"/><stop offset="1" stop-color="#050505"/>
    </linearGradient>
    <pattern id="weave" width="14" height="14" patternUnits="userSpaceOnUse">
      <rect width="14" height="14" fill="#18181b"/><rect width="7" height="7" fill="#26262b"/>
      <rect x="7" y="7" width="7" height="7" fill="#26262b"/>
    </pattern>
    <radialGradient id="spot" cx="50%" cy="0%" r="60%">
      <stop offset="0" stop-color="${s.light}" stop-opacity="0.35"/><stop offset="1" stop-color="${s.light}" stop-opacity="0"/>
    </radialGradient>
    <filter id="blur"><feGaussianBlur stdDeviation="18"/></filter>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <rect y="${H * 0.7}" width="${W}" height="${H * 0.3}" fill="url(#floor)"/>
  <ellipse cx="${W / 2}" cy="0" rx="${W * 0.6}" ry="${H * 0.7}" fill="url(#spot)"/>
  ${car(s)}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer()
}
