import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import forge from 'node-forge'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalTsa, type TLocalTsa } from '../../../tests/support/local-tsa'
import { OID_SIGNATURE_TIMESTAMP } from './add-signature-timestamp'
import { buildSignedPdf } from './sign-pdf'
import { developmentP12 } from './signing-certificate'
import { readTstInfo, TimestampError } from './timestamp'
import { sampleCertificate } from './test-certificate'

const certificate = sampleCertificate

/** The CMS in /Contents of the (one) signature, with trailing placeholder zeros cut off. */
function cmsOf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1')
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)
  if (!m) throw new Error('no ByteRange')
  const hex = text.slice(Number(m[2]) + 1, Number(m[3]) - 1)
  const bytes = forge.util.createBuffer(Buffer.from(hex, 'hex').toString('binary'))
  // node-forge takes an options object here; its typings only know the older boolean.
  const root = forge.asn1.fromDer(bytes, { parseAllBytes: false } as unknown as boolean)
  return Buffer.from(forge.asn1.toDer(root).getBytes(), 'binary')
}

/** The signature value and the DER of its id-aa-signatureTimeStampToken attribute, if any. */
function signerInfoParts(cms: Buffer): { signature: Buffer; token: Buffer | null } {
  const list = (n: forge.asn1.Asn1) => n.value as forge.asn1.Asn1[]
  const root = forge.asn1.fromDer(cms.toString('binary'))
  const signerInfo = list(list(list(list(root)[1]!)[0]!).at(-1)!)[0]!
  const fields = list(signerInfo)
  const signature = Buffer.from(fields[5]!.value as string, 'binary')
  const unsigned = fields[6]
  if (!unsigned) return { signature, token: null }
  const attr = list(unsigned).find(
    (a) => forge.asn1.derToOid(list(a)[0]!.value as string) === OID_SIGNATURE_TIMESTAMP,
  )
  const token = attr ? list(list(attr)[1]!)[0]! : null
  return {
    signature,
    token: token ? Buffer.from(forge.asn1.toDer(token).getBytes(), 'binary') : null,
  }
}

describe('RFC 3161 signature timestamp (a real openssl TSA on 127.0.0.1)', () => {
  let tsa: TLocalTsa
  let original: Buffer
  const signing = { p12: developmentP12(), passphrase: 'development-only' }
  const dir = mkdtempSync(path.join(tmpdir(), 'esign-ts-'))

  beforeAll(async () => {
    tsa = await startLocalTsa()
    const doc = await PDFDocument.create()
    doc.addPage().drawText('Contract')
    original = Buffer.from(await doc.save())
  })
  afterAll(() => tsa.close())

  it('seals a PDF whose signature pdfsig accepts and whose token dates that very signature', async () => {
    tsa.mode = 'ok'
    const signed = await buildSignedPdf({ original, certificate, signing, tsaUrl: tsa.url })
    const file = path.join(dir, 'signed.pdf')
    writeFileSync(file, signed)
    // pdfsig exits 0 whether or not the signature holds: its text decides.
    const report = execFileSync('pdfsig', ['-no-ocsp', file], { encoding: 'utf8' })
    expect(report).toContain('Signature Validation: Signature is Valid.')

    const { signature, token } = signerInfoParts(cmsOf(signed))
    expect(token).not.toBeNull()
    const info = readTstInfo(token!)
    expect(info.imprint.equals(createHash('sha256').update(signature).digest())).toBe(true)

    // openssl checks the TSA's own signature on the token and the imprint over the data.
    writeFileSync(path.join(dir, 'token.der'), token!)
    writeFileSync(path.join(dir, 'signature.bin'), signature)
    const verified = execFileSync(
      'openssl',
      ['ts', '-verify', '-in', 'token.der', '-token_in', '-data', 'signature.bin'].concat([
        '-CAfile',
        tsa.caFile,
        '-untrusted',
        tsa.tsaCertFile,
      ]),
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    expect(verified).toContain('Verification: OK')
  })

  it('signs without a timestamp attribute when no TSA is configured', async () => {
    const signed = await buildSignedPdf({ original, certificate, signing })
    expect(signerInfoParts(cmsOf(signed)).token).toBeNull()
  })

  it('fails, rather than seal without a trusted time, when the TSA errs, refuses, answers for other data or is down', async () => {
    tsa.mode = 'http-error'
    await expect(
      buildSignedPdf({ original, certificate, signing, tsaUrl: tsa.url }),
    ).rejects.toThrow(/HTTP 503/)
    tsa.mode = 'refuse'
    await expect(
      buildSignedPdf({ original, certificate, signing, tsaUrl: tsa.url }),
    ).rejects.toThrow(/refused \(status 2/)
    tsa.mode = 'other-data'
    await expect(
      buildSignedPdf({ original, certificate, signing, tsaUrl: tsa.url }),
    ).rejects.toThrow(/for other data than the signature/)
    const down = 'http://127.0.0.1:9/tsa'
    await expect(
      buildSignedPdf({ original, certificate, signing, tsaUrl: down }),
    ).rejects.toBeInstanceOf(TimestampError)
  })
})
