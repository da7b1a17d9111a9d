import { createHash } from 'node:crypto'

import { canonicalEntry } from './canonical'
import type { TAuditRowLike } from './types'

/** What the first entry links to: there is no earlier hash. */
export const GENESIS_HASH = '0'.repeat(64)

/** An entry's hash covers the previous entry's hash, so changing or removing any entry breaks every later link. */
export function chainHash(prevHash: string, content: TAuditRowLike): string {
  return createHash('sha256')
    .update(prevHash + canonicalEntry(content), 'utf8')
    .digest('hex')
}
