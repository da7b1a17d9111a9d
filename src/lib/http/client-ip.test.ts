import { describe, expect, it } from 'vitest'

import { clientIp } from '../../../scripts/lib/client-ip.mjs'
import { clientIpFromHeaders } from './client-ip'

describe('client address', () => {
  it('without trusted proxies is the TCP peer, whatever X-Forwarded-For claims', () => {
    expect(
      clientIp({ remoteAddress: '::ffff:203.0.113.7', forwardedFor: '1.2.3.4', trustedHops: 0 }),
    ).toBe('203.0.113.7')
  })

  it('behind N proxies is the Nth address from the right, never a client-written one', () => {
    // Client spoofs "1.2.3.4"; the one proxy appends the real client 198.51.100.9.
    const args = { remoteAddress: '10.0.0.2', forwardedFor: '1.2.3.4, 198.51.100.9' }
    expect(clientIp({ ...args, trustedHops: 1 })).toBe('198.51.100.9')
    // Two proxies: the outer one appended 1.2.3.4's successor, the inner one 198.51.100.9.
    expect(clientIp({ ...args, trustedHops: 2 })).toBe('1.2.3.4')
    // More hops configured than present: the leftmost we have.
    expect(clientIp({ remoteAddress: '10.0.0.2', forwardedFor: null, trustedHops: 3 })).toBe(
      '10.0.0.2',
    )
  })

  it('the app prefers the address the server set over forwarded headers', () => {
    const h = new Headers({ 'x-portal-client-ip': '198.51.100.9', 'x-forwarded-for': '1.2.3.4' })
    expect(clientIpFromHeaders(h)).toBe('198.51.100.9')
    expect(clientIpFromHeaders(new Headers({ 'x-forwarded-for': '1.2.3.4, 5.6.7.8' }))).toBe(
      '1.2.3.4',
    )
    expect(clientIpFromHeaders(new Headers())).toBeNull()
  })
})
