/**
 * The master keys that wrap each stored file's data key. STORAGE_KEYS lists them newest first as
 * `id:base64key,id:base64key`: new files are wrapped with the first, older ids stay readable until
 * `npm run storage:rotate` has re-wrapped everything under the first and the old key is removed.
 */
export type TKeyring = {
  /** The id new data keys are wrapped with (the first in the list). */
  currentId: string
  keys: ReadonlyMap<string, Buffer>
}

const KEY_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/i
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/

/** Throws an Error whose message says which entry is wrong (never the key material itself). */
export function parseKeyring(text: string): TKeyring {
  const entries = text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
  if (!entries.length) throw new Error('must list at least one key as "id:base64key"')
  const keys = new Map<string, Buffer>()
  entries.forEach((entry, i) => {
    const colon = entry.indexOf(':')
    const id = colon === -1 ? '' : entry.slice(0, colon)
    const material = colon === -1 ? '' : entry.slice(colon + 1)
    if (!KEY_ID.test(id))
      throw new Error(`entry ${i + 1}: needs a key id (letters, digits, - or _) before ":"`)
    if (keys.has(id)) throw new Error(`entry ${i + 1}: key id "${id}" appears twice`)
    const key = BASE64.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0)
    if (key.length !== 32)
      throw new Error(
        `key "${id}": must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`)`,
      )
    keys.set(id, key)
  })
  return { currentId: entries[0].slice(0, entries[0].indexOf(':')), keys }
}

/** The key for an id, or an error naming the id when the keyring no longer holds it. */
export function keyFor(keyring: TKeyring, keyId: string): Buffer {
  const key = keyring.keys.get(keyId)
  if (!key) throw new UnknownKeyError(keyId)
  return key
}

export class UnknownKeyError extends Error {
  constructor(keyId: string) {
    super(`no storage key with id "${keyId}" in STORAGE_KEYS`)
    this.name = 'UnknownKeyError'
  }
}
