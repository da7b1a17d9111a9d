import { createHash, randomBytes } from 'node:crypto'

import forge from 'node-forge'

const { asn1 } = forge
const U = asn1.Class.UNIVERSAL
const T = asn1.Type

const OID_SHA256 = '2.16.840.1.101.3.4.2.1'
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2'
const OID_TST_INFO = '1.2.840.113549.1.9.16.1.4'

/** Why a timestamp could not be had; signing stops rather than seal without a trusted time. */
export class TimestampError extends Error {
  override name = 'TimestampError'
}

const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary')
const fromDer = (bytes: Buffer) => asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')))
const children = (node: forge.asn1.Asn1 | undefined) =>
  Array.isArray(node?.value) ? (node.value as forge.asn1.Asn1[]) : []
const bytesOf = (node: forge.asn1.Asn1 | undefined) =>
  typeof node?.value === 'string' ? Buffer.from(node.value, 'binary') : Buffer.alloc(0)

/** RFC 3161 TimeStampReq for a SHA-256 imprint, asking for the TSA's certificate in the token. */
export function timestampRequest(imprint: Buffer, nonce: Buffer): Buffer {
  return der(
    asn1.create(U, T.SEQUENCE, true, [
      asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
      asn1.create(U, T.SEQUENCE, true, [
        asn1.create(U, T.SEQUENCE, true, [
          asn1.create(U, T.OID, false, asn1.oidToDer(OID_SHA256).getBytes()),
          asn1.create(U, T.NULL, false, ''),
        ]),
        asn1.create(U, T.OCTETSTRING, false, imprint.toString('binary')),
      ]),
      asn1.create(U, T.INTEGER, false, nonce.toString('binary')),
      asn1.create(U, T.BOOLEAN, false, String.fromCharCode(0xff)),
    ]),
  )
}

/** The TSTInfo inside a token: its message imprint and nonce, to check against our request. */
export function readTstInfo(token: Buffer): { imprint: Buffer; nonce: Buffer; genTime: string } {
  const content = children(fromDer(token))
  if (asn1.derToOid(content[0]?.value as string) !== OID_SIGNED_DATA)
    throw new TimestampError('The timestamp token is not CMS SignedData.')
  const signedData = children(children(content[1])[0])
  const encap = children(signedData[2])
  if (asn1.derToOid(encap[0]?.value as string) !== OID_TST_INFO)
    throw new TimestampError('The timestamp token does not hold a TSTInfo.')
  const tst = children(fromDer(bytesOf(children(encap[1])[0])))
  const imprint = bytesOf(children(tst[2])[1])
  const genTime = String(bytesOf(tst[4]))
  // After genTime come optional accuracy (SEQUENCE), ordering (BOOLEAN), then nonce (INTEGER).
  const nonce = tst.slice(5).find((n) => n.tagClass === U && n.type === T.INTEGER)
  return { imprint, nonce: bytesOf(nonce), genTime }
}

/**
 * Asks the TSA at `url` for an RFC 3161 timestamp token over SHA-256 of `data` (the signature
 * value). Any failure (unreachable, HTTP error, rejection, a token for other bytes) throws: a
 * seal whose time cannot be proven is not made silently with the server's own clock.
 */
export async function fetchTimestampToken(args: {
  url: string
  data: Buffer
  timeoutMs?: number
}): Promise<Buffer> {
  const imprint = createHash('sha256').update(args.data).digest()
  const nonce = randomBytes(8)
  nonce[0] = (nonce[0]! & 0x7f) | 0x01 // positive, and no leading zero byte to strip
  let reply: Response
  try {
    reply = await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array(timestampRequest(imprint, nonce)),
      signal: AbortSignal.timeout(args.timeoutMs ?? 15_000),
    })
  } catch (cause) {
    throw new TimestampError(`The timestamp authority could not be reached: ${String(cause)}`)
  }
  if (!reply.ok) throw new TimestampError(`The timestamp authority answered HTTP ${reply.status}.`)
  const type = reply.headers.get('content-type') ?? ''
  if (!type.startsWith('application/timestamp-reply'))
    throw new TimestampError(`The timestamp authority answered ${type || 'no content type'}.`)
  const body = Buffer.from(await reply.arrayBuffer())
  let parts: forge.asn1.Asn1[]
  try {
    parts = children(fromDer(body))
  } catch {
    throw new TimestampError('The timestamp authority answered something that is not DER.')
  }
  const statusInfo = children(parts[0])
  const status = statusInfo[0] ? asn1.derToInteger(statusInfo[0].value as string) : -1
  // 0 granted, 1 granted with modifications; anything else is a refusal.
  if ((status !== 0 && status !== 1) || !parts[1]) {
    const text = children(statusInfo[1]).map((s) => String(bytesOf(s)))
    throw new TimestampError(
      `The timestamp authority refused (status ${status}${text.length ? `: ${text.join('; ')}` : ''}).`,
    )
  }
  const token = der(parts[1])
  const info = readTstInfo(token)
  if (!info.imprint.equals(imprint))
    throw new TimestampError('The timestamp token is for other data than the signature.')
  if (!info.nonce.equals(nonce))
    throw new TimestampError('The timestamp token does not answer this request (nonce).')
  return token
}
