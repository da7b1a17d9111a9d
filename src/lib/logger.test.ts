import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { loggerOptions } from './logger'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { log: pino({ ...loggerOptions, level: 'info' }, stream), lines }
}

describe('logger redaction', () => {
  it('never writes passwords, tokens, cookies or authorization headers', () => {
    const { log, lines } = capture()
    const secrets = [
      'hunter2-password',
      'tok-abcdef123456',
      'dv_session=s3cr3t',
      'JWT eyJhbGciOi',
      'scrypt$16384$8$1$salt$hash',
    ]
    log.info(
      {
        password: secrets[0],
        token: secrets[1],
        headers: { cookie: secrets[2], authorization: secrets[3] },
      },
      'sign-in',
    )
    log.info(
      {
        user: { password: secrets[0], passwordHash: secrets[4] },
        req: { headers: { cookie: secrets[2] } },
      },
      'nested',
    )
    const out = lines.join('')
    for (const s of secrets) expect(out).not.toContain(s)
    expect(out).toContain('[redacted]')
    expect(out).toContain('"msg":"sign-in"')
  })
})
