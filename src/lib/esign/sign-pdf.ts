import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { P12Signer } from '@signpdf/signer-p12'
import { SignPdf } from '@signpdf/signpdf'
import { Signer } from '@signpdf/utils'
import { PDFDocument } from 'pdf-lib'

import { addSignatureTimestamp } from './add-signature-timestamp'
import { appendCertificatePages } from './certificate-pages'
import type { TSigningCertificate } from './signing-certificate'
import type { TCertificate } from './types'

/** P12Signer's CMS, then (with a TSA) an RFC 3161 signature timestamp as an unsigned attribute. */
class TimestampingSigner extends Signer {
  constructor(
    private readonly inner: P12Signer,
    private readonly tsaUrl: string | undefined,
  ) {
    super()
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const cms = await this.inner.sign(pdf, signingTime)
    return this.tsaUrl ? addSignatureTimestamp({ cms, tsaUrl: this.tsaUrl }) : cms
  }
}

/**
 * The signed PDF: the original's pages unchanged, then the signature page and the audit
 * certificate, sealed with a PAdES-compatible detached CMS signature (adbe.pkcs7.detached) made
 * with the company's certificate. With `tsaUrl` (ESIGN_TSA_URL) the signature carries a trusted
 * time from that timestamp authority, and signing fails if it cannot be had. The original file
 * itself is never touched.
 */
export async function buildSignedPdf(args: {
  original: Buffer
  certificate: TCertificate
  signing: TSigningCertificate
  tsaUrl?: string
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
    // A timestamp token brings the TSA's certificate chain along: room for it.
    signatureLength: args.tsaUrl ? 24_576 : 8_192,
  })
  // Object streams would hide the placeholder's ByteRange from the signer.
  const withPlaceholder = Buffer.from(await pdf.save({ useObjectStreams: false }))
  // A P12Signer signs once: a new one per document.
  const p12 = new P12Signer(args.signing.p12, { passphrase: args.signing.passphrase })
  return new SignPdf().sign(withPlaceholder, new TimestampingSigner(p12, args.tsaUrl))
}
