import { createHash, timingSafeEqual } from 'node:crypto'

import { AppError } from '../errors'
import type { TAuthCheck } from './route-auth'

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/**
 * Auth for machine endpoints: `Authorization: Bearer <token>`. Without a configured token the
 * endpoint does not exist (404), so an unset secret never means "open". Digests are compared in
 * constant time, whatever the lengths.
 */
export function bearerToken(expected: () => string | undefined, realm: string): TAuthCheck {
  return (req) => {
    const token = expected()
    if (!token) throw new AppError('NOT_FOUND', 'Not found.')
    const header = req.headers.get('authorization') ?? ''
    const given = /^Bearer (\S+)$/i.exec(header)?.[1] ?? ''
    if (!given || !timingSafeEqual(digest(given), digest(token)))
      throw new AppError('UNAUTHORIZED', 'A valid bearer token is required.', {
        headers: { 'www-authenticate': `Bearer realm="${realm}"` },
      })
  }
}
