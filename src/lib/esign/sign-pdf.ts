import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { P12Signer } from '@signpdf/signer-p12'
import { SignPdf } from '@signpdf/signpdf'
import { PDFDocument } from 'pdf-lib'

import { appendCertificatePages } from './certificate-pages'
import type { TSigningCertificate } from './signing-certificate'
import type { TCertificate } from './types'

/**
 * The signed PDF: the original's pages unchanged, then the signature page and the audit
 * certificate, sealed with a PAdES-compatible detached CMS signature (adbe.pkcs7.detached) made
 * with the company's certificate. The original file itself is never touched.
 */
export async function buildSignedPdf(args: {
  original: Buffer
  certificate: TCertificate
  signing: TSigningCertificate
}): Promise<Buffer> {
  const pdf = await PDFDocument.load(args.original, { updateMetadata: false })
  await appendCertificatePages(pdf, args.certificate)
  pdf.setModificationDate(new Date(args.certificate.completedAt))
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    reason: `Signed: ${args.certificate.title}`.slice(0, 200),
    contactInfo: 'portal@donkervoort.example',
    name: 'Donkervoort Automobielen B.V.',
    location: 'Lelystad, NL',
    signingTime: new Date(args.certificate.completedAt),
    // P12Signer's signed attributes lack ESS signing-certificate-v2, which ETSI.CAdES.detached needs.
    subFilter: 'adbe.pkcs7.detached',
    appName: 'Donkervoort portal',
  })
  // Object streams would hide the placeholder's ByteRange from the signer.
  const withPlaceholder = Buffer.from(await pdf.save({ useObjectStreams: false }))
  // A P12Signer signs once: a new one per document.
  const signer = new P12Signer(args.signing.p12, { passphrase: args.signing.passphrase })
  return new SignPdf().sign(withPlaceholder, signer)
}
