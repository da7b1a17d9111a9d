import { canonicalJson } from './canonical'

/**
 * Bookkeeping that changes on saves and sign-ins and says nothing about what a person did:
 * timestamps and the fields Payload adds to auth collections.
 */
const ALWAYS_IGNORED = [
  'id',
  'createdAt',
  'updatedAt',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKeyIndex',
]

/** A new password hash is reported as what it means. */
const RENAMED: Record<string, string> = { hash: 'password' }

/** A populated relationship compares by its id, so depth does not make a field look changed. */
function comparable(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
    return canonicalJson((value as { id: unknown }).id)
  }
  return canonicalJson(value ?? null)
}

/**
 * The names of top-level fields whose value differs between two versions of a document. Only
 * names: the audit log records that a phone number changed, never the number.
 */
export function changedFieldNames(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): string[] {
  const skip = new Set([...ALWAYS_IGNORED, ...ignore])
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  const changed = [...names]
    .filter((name) => !skip.has(name))
    .filter((name) => comparable(before?.[name]) !== comparable(after[name]))
    .map((name) => RENAMED[name] ?? name)
  return [...new Set(changed)].sort()
}
