// Draws each model's studio pictures as SVG and renders them to WebP under public/cars/, so every
// model looks like itself and nothing is hot-linked. Re-run after changing a drawing:
//   node scripts/brand/render-cars.mjs
// The output is committed; the portal never runs this.
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const OUT = path.resolve('public/cars')
const W = 2100
const H = 900
const GROUND = 720

/**
 * Side profiles (facing right), drawn on a 2100×900 canvas with the ground at y=720. Each model
 * has its own body line, paint, wheel design and details, after the real cars' proportions.
 */
const MODELS = {
  'p24-rs': {
    paint: ['#3b3d42', '#1d1e22', '#0f1012'],
    accent: '#c8a46a',
    caliper: '#c8a46a',
    spokes: { count: 10, style: 'split' },
    rear: 640,
    front: 1500,
    radius: 136,
    // Clamshell body: wheels inside full wings, a low roll hoop, a short tail with a lip.
    body: `M420 648 C410 600 415 560 440 528 L470 498 C560 492 660 492 730 494
      C748 452 770 430 800 428 L842 430 C858 452 866 480 872 500 C930 506 990 506 1030 500
      C1070 470 1100 452 1140 448 C1180 446 1210 462 1230 478 C1390 488 1560 506 1690 540
      C1745 556 1780 584 1786 616 L1790 652 C1790 664 1780 668 1768 668 L1652 668
      A152 152 0 0 0 1348 668 L792 668 A152 152 0 0 0 488 668 L440 668 C428 668 422 660 420 648 Z`,
    glass: `M1040 500 C1078 470 1106 456 1140 454 C1172 452 1196 464 1212 478 Z`,
    details: [
      // side intake and the carbon splitter
      `<path d="M1060 560 C1120 556 1200 560 1270 574 L1262 606 C1190 596 1120 594 1060 598 Z" fill="#0b0b0c" opacity="0.85"/>`,
      `<path d="M1640 664 L1800 664 L1804 676 L1630 676 Z" fill="#0c0c0d"/>`,
      `<path d="M470 498 L520 480 L560 482 L540 496 Z" fill="#0c0c0d"/>`,
    ],
    line: `M500 560 C800 548 1200 546 1700 580`,
  },
  f22: {
    paint: ['#3f6b55', '#1f3b2e', '#0e1d17'],
    accent: '#d8c9a3',
    caliper: '#b23a2e',
    spokes: { count: 5, style: 'twin' },
    rear: 630,
    front: 1490,
    radius: 132,
    // Roadster: front wings that sweep down behind the wheel, a tall cockpit side, rounded tail.
    body: `M430 650 C416 606 420 568 446 540 C500 512 590 500 700 498 C760 470 800 456 850 456
      C880 476 896 494 910 510 C960 514 1010 512 1050 506 C1080 478 1110 462 1146 460
      C1176 460 1196 470 1212 484 C1300 486 1390 480 1450 470 C1540 456 1640 470 1712 520
      C1756 552 1774 594 1770 640 L1766 664 L1644 664 A148 148 0 0 0 1336 664
      L1290 664 C1270 640 1240 628 1200 626 L920 626 C880 630 820 648 780 664
      A148 148 0 0 0 482 664 L446 664 C436 662 432 656 430 650 Z`,
    glass: `M1058 506 C1086 480 1114 466 1146 466 C1174 466 1192 474 1206 486 Z`,
    details: [
      `<path d="M1300 626 C1300 600 1320 560 1360 540" fill="none" stroke="#0b0b0c" stroke-width="6" opacity="0.6"/>`,
      `<circle cx="1690" cy="540" r="16" fill="#e8e2d2" opacity="0.85"/>`,
      `<path d="M930 560 L1180 560" stroke="#d8c9a3" stroke-width="3" opacity="0.5"/>`,
    ],
    line: `M470 560 C700 530 900 528 1210 540 C1400 520 1600 500 1740 560`,
  },
  'd8-gto-individual-series': {
    paint: ['#9aa0a6', '#5b6066', '#2b2e32'],
    accent: '#e8e4da',
    caliper: '#2b2e32',
    spokes: { count: 16, style: 'wire' },
    frontWheelOnTop: true,
    rear: 600,
    front: 1520,
    radius: 128,
    // The classic: a long narrow bonnet, separate cycle wings over the front wheels, a tall
    // rear wing over the rear wheel, a fastback roof.
    body: `M420 650 C412 600 420 560 450 530 C520 500 600 492 690 492 C760 440 830 410 900 406
      C960 404 1010 420 1050 452 C1090 470 1150 480 1220 486 C1350 496 1500 516 1600 548
      C1640 562 1660 586 1662 610 L1664 640 L1400 640 L1396 620 C1380 610 1360 606 1340 606
      L1300 608 L1296 646 L756 652 A144 144 0 0 0 444 652 Z`,
    glass: `M740 492 C790 450 840 424 896 420 C944 418 984 430 1014 452 L1000 488 Z`,
    details: [
      // the front cycle wing, floating over the wheel, and the exposed wishbones
      `<path d="M1370 560 C1420 500 1620 500 1672 560 L1664 574 C1610 530 1430 530 1378 574 Z" fill="url(#paint)" stroke="#1a1b1d" stroke-width="2"/>`,
      `<path d="M1396 632 L1520 612 M1410 664 L1520 640" stroke="#1b1c1e" stroke-width="9" stroke-linecap="round"/>`,
      `<path d="M1090 500 L1180 500 L1176 520 L1094 520 Z" fill="#0b0b0c" opacity="0.7"/>`,
    ],
    line: `M470 570 C700 556 1000 560 1300 586`,
  },
  'd8-gto-jd70': {
    paint: ['#2a2a2c', '#151516', '#070708'],
    accent: '#d9a441',
    caliper: '#d9a441',
    spokes: { count: 6, style: 'centre-lock' },
    frontWheelOnTop: true,
    rear: 600,
    front: 1520,
    radius: 130,
    // The anniversary car: the D8 shape with a roll cage, a big rear wing and gold livery.
    body: `M420 650 C412 600 420 560 450 530 C520 500 600 492 690 492 C760 446 830 418 900 414
      C960 412 1010 426 1050 456 C1090 472 1150 482 1220 488 C1350 498 1500 518 1600 550
      C1640 564 1660 588 1662 612 L1664 640 L1400 640 L1396 620 C1380 610 1360 606 1340 606
      L1300 608 L1296 646 L756 652 A146 146 0 0 0 444 652 Z`,
    glass: `M744 492 C792 454 842 430 896 428 C942 426 980 436 1010 456 L998 488 Z`,
    details: [
      `<path d="M1370 560 C1420 500 1620 500 1672 560 L1664 574 C1610 530 1430 530 1378 574 Z" fill="url(#paint)" stroke="#000" stroke-width="2"/>`,
      `<path d="M1396 632 L1520 612 M1410 664 L1520 640" stroke="#0e0e0f" stroke-width="9" stroke-linecap="round"/>`,
      // rear wing on two pillars
      `<path d="M470 470 L500 500 M560 470 L556 500" stroke="#0c0c0d" stroke-width="10"/>`,
      `<path d="M400 452 C450 440 560 440 620 450 L616 472 C560 464 450 464 404 474 Z" fill="#0c0c0d" stroke="#d9a441" stroke-width="2"/>`,
      // gold livery stripe and side exhaust
      `<path d="M770 574 C900 568 1100 574 1300 596 L1298 610 C1100 588 900 582 772 588 Z" fill="#d9a441" opacity="0.9"/>`,
      `<rect x="960" y="630" width="220" height="16" rx="8" fill="#8c8f94"/>`,
    ],
    line: `M470 560 C700 546 1000 550 1300 576`,
  },
}

function spokes({ cx, cy, r, count, style, color }) {
  const out = []
  for (let i = 0; i < count; i++) {
    const a = (i * 360) / count
    if (style === 'wire') {
      out.push(
        `<line x1="${cx}" y1="${cy - r * 0.18}" x2="${cx}" y2="${cy - r}" stroke="${color}" stroke-width="2.2" transform="rotate(${a} ${cx} ${cy}) rotate(12 ${cx} ${cy - r * 0.18})"/>`,
      )
    } else if (style === 'twin') {
      for (const d of [-5, 5])
        out.push(
          `<path d="M${cx} ${cy - r * 0.2} L${cx} ${cy - r * 0.97}" stroke="${color}" stroke-width="${r * 0.07}" stroke-linecap="round" transform="rotate(${a + d} ${cx} ${cy})"/>`,
        )
    } else if (style === 'split') {
      out.push(
        `<path d="M${cx - r * 0.04} ${cy - r * 0.22} L${cx - r * 0.09} ${cy - r * 0.97} L${cx + r * 0.09} ${cy - r * 0.97} L${cx + r * 0.04} ${cy - r * 0.22} Z" fill="${color}" transform="rotate(${a} ${cx} ${cy})"/>`,
      )
    } else {
      out.push(
        `<path d="M${cx - r * 0.08} ${cy - r * 0.25} C${cx - r * 0.2} ${cy - r * 0.6} ${cx - r * 0.22} ${cy - r * 0.85} ${cx - r * 0.16} ${cy - r * 0.97} L${cx + r * 0.16} ${cy - r * 0.97} C${cx + r * 0.22} ${cy - r * 0.85} ${cx + r * 0.2} ${cy - r * 0.6} ${cx + r * 0.08} ${cy - r * 0.25} Z" fill="${color}" transform="rotate(${a} ${cx} ${cy})"/>`,
      )
    }
  }
  return out.join('')
}

function wheel(m, cx, cy, r) {
  const rim = r * 0.7
  return `<g>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="#0a0a0b"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.97}" fill="none" stroke="#1c1c1f" stroke-width="${r * 0.05}"/>
    <circle cx="${cx}" cy="${cy}" r="${rim}" fill="url(#rim)"/>
    <circle cx="${cx}" cy="${cy}" r="${rim * 0.93}" fill="#121214"/>
    <path d="M${cx + rim * 0.55} ${cy - rim * 0.55} A${rim * 0.78} ${rim * 0.78} 0 0 1 ${cx + rim * 0.55} ${cy + rim * 0.55}" fill="none" stroke="${m.caliper}" stroke-width="${rim * 0.2}" stroke-linecap="round"/>
    ${spokes({ cx, cy, r: rim * 0.93, count: m.spokes.count, style: m.spokes.style, color: '#b4b1aa' })}
    <circle cx="${cx}" cy="${cy}" r="${rim * 0.2}" fill="url(#rim)" stroke="#0b0b0c" stroke-width="3"/>
    ${m.spokes.style === 'centre-lock' ? `<circle cx="${cx}" cy="${cy}" r="${rim * 0.1}" fill="${m.accent}"/>` : ''}
  </g>`
}

function defs(m) {
  return `<defs>
    <radialGradient id="bg" cx="1050" cy="420" r="1150" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#1d1c1b"/><stop offset="0.5" stop-color="#121213"/><stop offset="1" stop-color="#0b0b0c"/>
    </radialGradient>
    <radialGradient id="pool" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#3a3733" stop-opacity="0.6"/><stop offset="1" stop-color="#161617" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="paint" x1="0" y1="400" x2="0" y2="680" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${m.paint[0]}"/><stop offset="0.45" stop-color="${m.paint[1]}"/><stop offset="1" stop-color="${m.paint[2]}"/>
    </linearGradient>
    <linearGradient id="sheen" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.55" stop-color="#fff" stop-opacity="0.16"/><stop offset="1" stop-color="#fff" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#3b4046"/><stop offset="1" stop-color="#0d0f11"/>
    </linearGradient>
    <linearGradient id="rim" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#d9d6cf"/><stop offset="0.5" stop-color="#8d8a84"/><stop offset="1" stop-color="#3a3936"/>
    </linearGradient>
    <linearGradient id="cone" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e9e2d4" stop-opacity="0.09"/><stop offset="1" stop-color="#e9e2d4" stop-opacity="0"/>
    </linearGradient>
  </defs>`
}

function studio() {
  return `<rect width="${W}" height="${H}" fill="url(#bg)"/>
    <path d="M760 0 L1340 0 L1700 ${GROUND} L400 ${GROUND} Z" fill="url(#cone)"/>
    <rect y="${GROUND}" width="${W}" height="${H - GROUND}" fill="#0c0c0d"/>
    <line x1="0" y1="${GROUND}" x2="${W}" y2="${GROUND}" stroke="#2a2a2e" stroke-width="1.5"/>
    <ellipse cx="1080" cy="${GROUND + 6}" rx="820" ry="46" fill="url(#pool)"/>`
}

function profile(slug) {
  const m = MODELS[slug]
  const cy = GROUND - m.radius
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
  ${defs(m)}${studio()}
  <ellipse cx="1090" cy="${GROUND - 2}" rx="700" ry="16" fill="#000" opacity="0.75"/>
  ${wheel(m, m.rear, cy, m.radius)}${m.frontWheelOnTop ? '' : wheel(m, m.front, cy, m.radius)}
  <path d="${m.body}" fill="url(#paint)" stroke="#050506" stroke-width="2"/>
  <path d="${m.body}" fill="url(#sheen)" opacity="0.9"/>
  <path d="${m.glass}" fill="url(#glass)" stroke="#050506" stroke-width="2"/>
  <path d="${m.line}" fill="none" stroke="#ffffff" stroke-opacity="0.22" stroke-width="2"/>
  ${m.frontWheelOnTop ? wheel(m, m.front, cy, m.radius) : ''}
  ${m.details.join('\n  ')}
  <g transform="translate(0 ${2 * GROUND}) scale(1 -1)" opacity="0.09">
    ${wheel(m, m.rear, cy, m.radius)}${wheel(m, m.front, cy, m.radius)}
    <path d="${m.body}" fill="url(#paint)"/>
  </g>
</svg>`
}

/** The car page's close-up: the model's own wheel, caliper and a slice of its wing. */
function detail(slug) {
  const m = MODELS[slug]
  const r = 380
  const cx = 1180
  const cy = 560
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
  ${defs(m)}
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <path d="M0 0 H${W} V250 C1700 120 1500 90 1180 90 C860 90 640 130 420 250 C300 320 120 330 0 330 Z" fill="url(#paint)"/>
  <path d="M0 0 H${W} V250 C1700 120 1500 90 1180 90 C860 90 640 130 420 250 C300 320 120 330 0 330 Z" fill="url(#sheen)" opacity="0.8"/>
  <path d="M420 250 C640 130 860 90 1180 90 C1500 90 1700 120 ${W} 250" fill="none" stroke="${m.accent}" stroke-opacity="0.55" stroke-width="3"/>
  ${wheel(m, cx, cy, r)}
  <rect y="820" width="${W}" height="80" fill="#0c0c0d"/>
</svg>`
}

mkdirSync(OUT, { recursive: true })
for (const slug of Object.keys(MODELS)) {
  for (const [variant, svg] of [
    ['profile', profile(slug)],
    ['detail', detail(slug)],
  ]) {
    for (const width of [1200, 2100]) {
      const file = path.join(OUT, `${slug}-${variant}-${width}.webp`)
      await sharp(Buffer.from(svg)).resize({ width }).webp({ quality: 78, effort: 6 }).toFile(file)
      console.log(file)
    }
  }
}
