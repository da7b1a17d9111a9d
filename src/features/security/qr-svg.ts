import 'server-only'

import QRCode from 'qrcode'

/** The otpauth URI as an SVG string: rendered inline, so no image URL or inline style is needed. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#0b0b0c', light: '#f5f1e8' },
  })
}

/** "JBSW Y3DP EHPK 3PXP": the manual key in groups of four, easier to type from a screen. */
export function groupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}
