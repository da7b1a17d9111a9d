import localFont from 'next/font/local'

/*
 * The brand's typefaces, shipped with the project (npm @fontsource-variable packages, served from
 * our own origin by next/font: no font CDN, fallback metrics adjusted so text does not jump).
 * Cormorant Garamond sets headings in the coachbuilder's serif; Manrope carries everything else.
 * Latin covers Dutch, English and German.
 */
export const displayFont = localFont({
  src: '../../node_modules/@fontsource-variable/cormorant-garamond/files/cormorant-garamond-latin-wght-normal.woff2',
  weight: '300 700',
  variable: '--font-cormorant',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
})

export const textFont = localFont({
  src: '../../node_modules/@fontsource-variable/manrope/files/manrope-latin-wght-normal.woff2',
  weight: '200 800',
  variable: '--font-manrope',
  display: 'swap',
  fallback: ['Helvetica Neue', 'Arial', 'sans-serif'],
})
