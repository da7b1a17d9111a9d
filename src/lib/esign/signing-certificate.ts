import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import forge from 'node-forge'

import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

export type TSigningCertificate = { p12: Buffer; passphrase: string }

const DEV_FILE = 'esign-dev-certificate.p12'
const DEV_PASSPHRASE = 'development-only'

/**
 * The company's PKCS#12 signing certificate: ESIGN_P12_PATH in production; in development and
 * the demo one is generated on first use into DATA_DIR (self-signed, so a reader shows the signature as intact but
 * its signer as untrusted until the company's real certificate is configured).
 */
export function signingCertificate(): TSigningCertificate {
  if (env.ESIGN_P12_PATH)
    return { p12: readFileSync(env.ESIGN_P12_PATH), passphrase: env.ESIGN_P12_PASSWORD }
  // A real deployment must seal with the company's certificate; the demo (`npm start`, which
  // loads demo data) and development make their own.
  if (env.isProduction && !env.SEED_DEMO)
    throw new Error('ESIGN_P12_PATH is required in production (the company signing certificate)')
  const file = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR, DEV_FILE)
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, developmentP12(), { mode: 0o600, flag: 'wx' })
    logger.warn({ file }, 'generated a development signing certificate (set ESIGN_P12_PATH)')
  }
  return { p12: readFileSync(file), passphrase: DEV_PASSPHRASE }
}

/** A self-signed RSA-2048 certificate fit for document signing, as a PKCS#12 file. */
export function developmentP12(): Buffer {
  const keys = forge.pki.rsa.generateKeyPair(2048)
  const cert = forge.pki.createCertificate()
  cert.publicKey = keys.publicKey
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`
  cert.validity.notBefore = new Date(Date.now() - 86_400_000)
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 86_400_000)
  const subject = [
    { name: 'commonName', value: 'Donkervoort Automobielen B.V. (development)' },
    { name: 'organizationName', value: 'Donkervoort Automobielen B.V.' },
    { name: 'countryName', value: 'NL' },
  ]
  cert.setSubject(subject)
  cert.setIssuer(subject)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ])
  cert.sign(keys.privateKey, forge.md.sha256.create())
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], DEV_PASSPHRASE, {
    algorithm: '3des',
  })
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')
}
