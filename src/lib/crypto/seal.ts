import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Authenticated encryption (AES-256-GCM) for secrets the server must read back, such as TOTP keys.
 * The key is derived from PAYLOAD_SECRET per purpose with HKDF, so a database dump alone reveals
 * nothing, and a value sealed for one purpose cannot be opened as another.
 * Format: "v1.<iv>.<tag>.<ciphertext>", each part base64url.
 */
export function sealer(secret: string, purpose: string) {
  const key = Buffer.from(hkdfSync('sha256', secret, 'donkervoort-portal', `seal:${purpose}`, 32))
  return {
    seal(plain: string): string {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      const tag = cipher.getAuthTag()
      return ['v1', iv, tag, ct]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.')
    },
    /** The plain text, or null when the value is malformed, altered or sealed with another key. */
    open(sealed: string | null | undefined): string | null {
      if (!sealed) return null
      const [version, iv, tag, ct] = sealed.split('.')
      if (version !== 'v1' || !iv || !tag || ct === undefined) return null
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
        decipher.setAuthTag(Buffer.from(tag, 'base64url'))
        return Buffer.concat([
          decipher.update(Buffer.from(ct, 'base64url')),
          decipher.final(),
        ]).toString('utf8')
      } catch {
        return null
      }
    },
  }
}
