import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { IntegrityError } from './integrity-error'
import { keyFor, type TKeyring } from './keyring'

/**
 * A file's data key, encrypted (AES-256-GCM) under a master key from the keyring. The file id is
 * the associated data, so a wrapped key copied onto another file's row does not open.
 * Format: "v1." + base64url(iv ‖ ciphertext ‖ tag).
 */
const IV_BYTES = 12
const TAG_BYTES = 16
const aad = (fileId: string) => Buffer.from(`stored-file:${fileId}`, 'utf8')

export function wrapDataKey(args: { dataKey: Buffer; fileId: string; keyring: TKeyring }) {
  const keyId = args.keyring.currentId
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keyFor(args.keyring, keyId), iv)
  cipher.setAAD(aad(args.fileId))
  const ct = Buffer.concat([cipher.update(args.dataKey), cipher.final()])
  const wrappedKey = `v1.${Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url')}`
  return { keyId, wrappedKey }
}

/** Throws UnknownKeyError for a retired key id, IntegrityError when the wrap does not authenticate. */
export function unwrapDataKey(args: {
  wrappedKey: string
  keyId: string
  fileId: string
  keyring: TKeyring
}): Buffer {
  const key = keyFor(args.keyring, args.keyId)
  const [version, body] = args.wrappedKey.split('.')
  const raw = Buffer.from(body ?? '', 'base64url')
  if (version !== 'v1' || raw.length !== IV_BYTES + 32 + TAG_BYTES)
    throw new IntegrityError('wrapped data key is malformed')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES))
    decipher.setAAD(aad(args.fileId))
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES))
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, -TAG_BYTES)), decipher.final()])
  } catch {
    throw new IntegrityError('wrapped data key does not authenticate')
  }
}
