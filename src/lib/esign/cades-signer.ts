import { createHash, webcrypto } from 'node:crypto'

import { Signer, SignPdfError } from '@signpdf/utils'
import * as asn1js from 'asn1js'
import forge from 'node-forge'
import * as pkijs from 'pkijs'

const { pki } = forge

const OID = {
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  /** id-aa-signingCertificateV2 (RFC 5035): binds the signature to one certificate. */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const

const crypto = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto })

const arrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
const encoded = (a: pkijs.Attribute) => Buffer.from(a.toSchema().toBER())

/** The signing key (PKCS#8 DER) and its certificate with any chain (DER), out of a PKCS#12 file. */
function readP12(p12: Buffer, passphrase: string) {
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))),
    false,
    passphrase,
  )
  const key = parsed.getBags({ bagType: pki.oids.pkcs8ShroudedKeyBag })[
    pki.oids.pkcs8ShroudedKeyBag
  ]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined
  const certs = (parsed.getBags({ bagType: pki.oids.certBag })[pki.oids.certBag] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => Boolean(c))
  if (!key)
    throw new SignPdfError('The PKCS#12 file holds no private key.', SignPdfError.TYPE_INPUT)
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0
  })
  if (!own)
    throw new SignPdfError(
      'The PKCS#12 file holds no certificate for its private key.',
      SignPdfError.TYPE_INPUT,
    )
  const toDer = (c: forge.pki.Certificate) =>
    Buffer.from(forge.asn1.toDer(pki.certificateToAsn1(c)).getBytes(), 'binary')
  const pkcs8 = forge.asn1.toDer(pki.wrapRsaPrivateKey(pki.privateKeyToAsn1(key))).getBytes()
  return {
    pkcs8: Buffer.from(pkcs8, 'binary'),
    own: toDer(own),
    others: certs.filter((c) => c !== own).map(toDer),
  }
}

/**
 * A detached CMS signature fit for PAdES baseline B (`ETSI.CAdES.detached`), built with pkijs:
 * SHA-256 with RSA, and the signed attributes content-type, message-digest and ESS
 * signing-certificate-v2 (RFC 5035), which names the signer's certificate by its hash so that a
 * certificate swapped in later does not verify. No signing-time attribute: PAdES takes the
 * claimed time from the signature dictionary's /M, and the trusted time from a timestamp token.
 * @signpdf's P12Signer (node-forge's PKCS#7 writer) only knows three fixed attributes.
 */
export class CadesP12Signer extends Signer {
  constructor(
    private readonly p12: Buffer,
    private readonly passphrase: string,
  ) {
    super()
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const { pkcs8, own, others } = readP12(this.p12, this.passphrase)
    const certificate = pkijs.Certificate.fromBER(arrayBuffer(own))
    const key = await crypto.importKey(
      'pkcs8',
      arrayBuffer(pkcs8),
      { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } } as RsaHashedImportParams,
      false,
      ['sign'],
    )
    const sha256 = (b: Buffer) => arrayBuffer(createHash('sha256').update(b).digest())

    const signingCertificateV2 = new asn1js.Sequence({
      value: [
        // certs: SEQUENCE OF ESSCertIDv2
        new asn1js.Sequence({
          value: [
            // ESSCertIDv2: hashAlgorithm left out (SHA-256 is its DEFAULT, and DER omits
            // defaults), the certificate's hash, then IssuerSerial.
            new asn1js.Sequence({
              value: [
                new asn1js.OctetString({ valueHex: sha256(own) }),
                new asn1js.Sequence({
                  value: [
                    new pkijs.GeneralNames({
                      names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })],
                    }).toSchema(),
                    certificate.serialNumber,
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    })
    const attributes = [
      new pkijs.Attribute({
        type: OID.contentType,
        values: [new asn1js.ObjectIdentifier({ value: OID.data })],
      }),
      new pkijs.Attribute({
        type: OID.messageDigest,
        values: [new asn1js.OctetString({ valueHex: sha256(content) })],
      }),
      new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2] }),
      // DER orders a SET OF by its members' encodings (X.690 11.6); the signature covers that SET.
    ].sort((a, b) => Buffer.compare(encoded(a), encoded(b)))

    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({
            issuer: certificate.issuer,
            serialNumber: certificate.serialNumber,
          }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
        }),
      ],
      certificates: [certificate, ...others.map((c) => pkijs.Certificate.fromBER(arrayBuffer(c)))],
    })
    await signedData.sign(key, 0, 'SHA-256', undefined, crypto)
    const contentInfo = new pkijs.ContentInfo({
      contentType: pkijs.ContentInfo.SIGNED_DATA,
      content: signedData.toSchema(true),
    })
    return Buffer.from(contentInfo.toSchema().toBER())
  }
}
