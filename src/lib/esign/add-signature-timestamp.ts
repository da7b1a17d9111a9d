import forge from 'node-forge'

import { fetchTimestampToken, TimestampError } from './timestamp'

const { asn1 } = forge
const U = asn1.Class.UNIVERSAL
const T = asn1.Type

/** id-aa-signatureTimeStampToken (RFC 3161 appendix A): a TSA's token over the signature value. */
export const OID_SIGNATURE_TIMESTAMP = '1.2.840.113549.1.9.16.2.14'

const list = (node: forge.asn1.Asn1 | undefined) =>
  Array.isArray(node?.value) ? (node.value as forge.asn1.Asn1[]) : []

/**
 * Adds a signature timestamp to a detached CMS signature (ContentInfo → SignedData → its one
 * SignerInfo) as an unsigned attribute, so the signed bytes and the signature stay as they are.
 * The DER is parsed and re-encoded by node-forge; a round trip that changes any byte is refused,
 * because it would break the signature it is meant to date.
 */
export async function addSignatureTimestamp(args: {
  cms: Buffer
  tsaUrl: string
}): Promise<Buffer> {
  const original = args.cms.toString('binary')
  const root = asn1.fromDer(forge.util.createBuffer(original))
  if (asn1.toDer(root).getBytes() !== original)
    throw new TimestampError('The signature cannot be re-encoded unchanged to add a timestamp.')
  const signedData = list(list(root)[1])[0]
  const signerInfos = list(signedData).at(-1)
  const signerInfo = list(signerInfos)[0]
  const fields = list(signerInfo)
  // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature.
  const signature = fields.find((f, i) => i > 3 && f.tagClass === U && f.type === T.OCTETSTRING)
  if (!signerInfo || !signature || typeof signature.value !== 'string')
    throw new TimestampError('The signature has no SignerInfo to timestamp.')
  if (fields.some((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 1))
    throw new TimestampError('The signature already has unsigned attributes.')
  const token = await fetchTimestampToken({
    url: args.tsaUrl,
    data: Buffer.from(signature.value, 'binary'),
  })
  const tokenNode = asn1.fromDer(token.toString('binary'))
  if (asn1.toDer(tokenNode).getBytes() !== token.toString('binary'))
    throw new TimestampError('The timestamp token cannot be embedded unchanged.')
  fields.push(
    // unsignedAttrs [1] IMPLICIT SET OF Attribute
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [
      asn1.create(U, T.SEQUENCE, true, [
        asn1.create(U, T.OID, false, asn1.oidToDer(OID_SIGNATURE_TIMESTAMP).getBytes()),
        asn1.create(U, T.SET, true, [tokenNode]),
      ]),
    ]),
  )
  return Buffer.from(asn1.toDer(root).getBytes(), 'binary')
}
