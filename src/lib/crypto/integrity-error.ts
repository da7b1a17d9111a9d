/**
 * Encrypted data that failed authentication (altered, truncated, reordered, from another file or
 * opened with the wrong key). Callers must stop and never use any of the bytes.
 */
export class IntegrityError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IntegrityError'
  }
}
