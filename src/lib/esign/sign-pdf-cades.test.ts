import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as asn1js from 'asn1js'
import { PDFDocument } from 'pdf-lib'
import * as pkijs from 'pkijs'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildSignedPdf } from './sign-pdf'
import { developmentP12 } from './signing-certificate'
import { sampleCertificate } from './test-certificate'

const certificate = sampleCertificate

const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
}

/** The signed byte ranges and the CMS of the (one) signature, placeholder zeros cut off. */
function partsOf(pdf: Buffer): { signedBytes: Buffer; cms: Buffer } {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'))
  if (!m) throw new Error('no ByteRange')
  const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number]
  const hex = pdf.subarray(a + b + 1, c - 1).toString('latin1')
  const raw = Buffer.from(hex, 'hex')
  const parsed = asn1js.fromBER(raw)
  return {
    signedBytes: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
    cms: raw.subarray(0, parsed.offset),
  }
}

describe('PAdES baseline B seal (ETSI.CAdES.detached)', () => {
  const signing = { p12: developmentP12(), passphrase: 'development-only' }
  const dir = mkdtempSync(path.join(tmpdir(), 'esign-cades-'))
  let signed: Buffer

  beforeAll(async () => {
    const doc = await PDFDocument.create()
    doc.addPage().drawText('Contract')
    signed = await buildSignedPdf({ original: Buffer.from(await doc.save()), certificate, signing })
  })

  it('is a CAdES signature pdfsig accepts, and refuses once a signed byte changes', () => {
    const file = path.join(dir, 'signed.pdf')
    writeFileSync(file, signed)
    // pdfsig exits 0 whether or not the signature holds: its text decides.
    const report = execFileSync('pdfsig', ['-no-ocsp', file], { encoding: 'utf8' })
    expect(report).toContain('Signature Type: ETSI.CAdES.detached')
    expect(report).toContain('Signature Validation: Signature is Valid.')

    // One byte of the binary comment after the header: inside the first signed range, and the
    // file still parses.
    const tampered = Buffer.from(signed)
    const at = tampered.indexOf('\n') + 2
    expect(tampered[at]).toBeGreaterThan(127)
    tampered[at] = tampered[at]! ^ 1
    writeFileSync(path.join(dir, 'tampered.pdf'), tampered)
    const broken = execFileSync('pdfsig', ['-no-ocsp', path.join(dir, 'tampered.pdf')], {
      encoding: 'utf8',
    })
    expect(broken).toContain('Signature Validation: Digest Mismatch.')
  })

  it('signs content-type, message-digest and signing-certificate-v2 over the certificate used, with no signing-time', () => {
    const { signedBytes, cms } = partsOf(signed)
    const info = pkijs.ContentInfo.fromBER(Uint8Array.from(cms))
    const data = new pkijs.SignedData({ schema: info.content })
    expect(data.encapContentInfo.eContent).toBeUndefined() // detached
    const signer = data.signerInfos[0]!
    const attributes = signer.signedAttrs!.attributes
    expect(attributes.map((a) => a.type).sort()).toEqual(
      [OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort(),
    )
    expect(attributes.some((a) => a.type === OID.signingTime)).toBe(false)

    const digest = attributes.find((a) => a.type === OID.messageDigest)!.values[0]
    expect(Buffer.from((digest as asn1js.OctetString).valueBlock.valueHexView)).toEqual(
      createHash('sha256').update(signedBytes).digest(),
    )

    // SigningCertificateV2 → certs → first ESSCertIDv2 → certHash (SHA-256, the default).
    const v2 = attributes.find((a) => a.type === OID.signingCertificateV2)!.values[0]
    const essCertId = ((v2 as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock
      .value[0] as asn1js.Sequence
    const certHash = essCertId.valueBlock.value[0] as asn1js.OctetString
    const used = data.certificates![0] as pkijs.Certificate
    expect(Buffer.from(certHash.valueBlock.valueHexView)).toEqual(
      createHash('sha256').update(Buffer.from(used.toSchema().toBER())).digest(),
    )
    const sid = signer.sid as pkijs.IssuerAndSerialNumber
    expect(sid.serialNumber.isEqual(used.serialNumber)).toBe(true)
  })

  it('verifies with openssl cms against the signed byte ranges', () => {
    const { signedBytes, cms } = partsOf(signed)
    writeFileSync(path.join(dir, 'sig.der'), cms)
    writeFileSync(path.join(dir, 'content.bin'), signedBytes)
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'sig.der', '-noverify']
    const out = execFileSync('openssl', [...args, '-content', 'content.bin', '-out', '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(out).toBe('')
    writeFileSync(path.join(dir, 'other.bin'), Buffer.concat([signedBytes, Buffer.from('x')]))
    expect(() =>
      execFileSync('openssl', [...args, '-content', 'other.bin', '-out', '/dev/null'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).toThrow()
  })
})
