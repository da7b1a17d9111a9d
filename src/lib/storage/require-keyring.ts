import type { TKeyring } from '../crypto/keyring'
import { env } from '../env'

/** The storage keyring, or a clear error when production was started without STORAGE_KEYS. */
export function requireKeyring(): TKeyring {
  if (!env.STORAGE_KEYS)
    throw new Error(
      'STORAGE_KEYS is not set: private files cannot be stored or read without it. ' +
        'Set it as "keyid:base64key" (see .env.example, "storage").',
    )
  return env.STORAGE_KEYS
}
