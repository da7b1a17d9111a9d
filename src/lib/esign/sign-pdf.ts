import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { Signer } from '@signpdf/utils'
import { PDFDocument } from 'pdf-lib'

import { addSignatureTimestamp } from './add-signature-timestamp'
import { CadesP12Signer } from './cades-signer'
import { appendCertificatePages } from './certificate-pages'
import type { TSigningCertificate } from './signing-certificate'
import type { TCertificate } from './types'

/** The CAdES signature, then (with a TSA) an RFC 3161 signature timestamp as an unsigned attribute. */
class TimestampingSigner extends Signer {
  constructor(
    private readonly inner: Signer,
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
 * certificate, sealed with a PAdES baseline B signature (ETSI.CAdES.detached: detached CMS with
 * ESS signing-certificate-v2) made with the company's certificate. With `tsaUrl` (ESIGN_TSA_URL) the signature carries a trusted
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
    subFilter: 'ETSI.CAdES.detached',
    appName: 'Donkervoort portal',
    // A timestamp token brings the TSA's certificate chain along: room for it.
    signatureLength: args.tsaUrl ? 24_576 : 8_192,
  })
  // Object streams would hide the placeholder's ByteRange from the signer.
  const withPlaceholder = Buffer.from(await pdf.save({ useObjectStreams: false }))
  const cades = new CadesP12Signer(args.signing.p12, args.signing.passphrase)
  return new SignPdf().sign(withPlaceholder, new TimestampingSigner(cades, args.tsaUrl))
}
