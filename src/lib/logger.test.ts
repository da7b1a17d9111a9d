import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { loggerOptions, REDACT_MAX_DEPTH, redactDeep } from './logger'

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

  it('censors listed keys three and more levels down, in objects and arrays', () => {
    const { log, lines } = capture()
    const secrets = ['123456', 'JBSWY3DPEHPK3PXP', 'ABCD-EFGH', 'hunter2-deep', 'tok-deep-0001']
    log.info(
      {
        attempt: { factor: { input: { code: secrets[0] } } },
        staff: { row: { second: { factor: { totpSecret: secrets[1] } } } },
        account: { backup: [{ recoveryCodes: [secrets[2]] }] },
        a: { b: { c: { d: { e: { password: secrets[3], Token: secrets[4] } } } } },
      },
      'deep',
    )
    const out = lines.join('')
    for (const s of secrets) expect(out).not.toContain(s)
    const line = JSON.parse(out)
    expect(line.attempt.factor.input.code).toBe('[redacted]')
    expect(line.a.b.c.d.e).toEqual({ password: '[redacted]', Token: '[redacted]' })
    expect(line.msg).toBe('deep')
  })

  it('keeps message, document and mail content out of the log', () => {
    const { log, lines } = capture()
    const contents = [
      'Dear Anna, your car',
      'contract body text',
      'private note',
      'hello there',
      'About your car',
      '<a href="https://x/admin/reset/abc">reset</a>',
    ]
    log.info(
      {
        thread: { last: { content: contents[0] } },
        mail: { body: contents[1], parts: [{ text: contents[2] }] },
        message: contents[3],
        messageId: 'kept-id-1',
        job: { input: { to: 'a@example.com', subject: contents[4], html: contents[5] } },
      },
      'content',
    )
    const out = lines.join('')
    for (const c of contents) expect(out).not.toContain(c)
    expect(JSON.parse(out)).toMatchObject({ msg: 'content', messageId: 'kept-id-1' })
  })

  it('keeps a failed job’s input out of the error it logs, and the error’s own message in', () => {
    const { log, lines } = capture()
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
      args: { input: { to: 'a@example.com', subject: 'Reset', html: '/admin/reset/abc123' } },
    })
    log.error({ err }, 'task failed')
    const out = lines.join('')
    expect(out).not.toContain('abc123')
    expect(JSON.parse(out).err).toMatchObject({
      message: 'connect ECONNREFUSED 127.0.0.1:9',
      code: 'ECONNREFUSED',
      args: { input: { to: 'a@example.com', subject: '[redacted]', html: '[redacted]' } },
    })
  })

  it('still prints the line text, and leaves errors to their serializer', () => {
    const { log, lines } = capture()
    log.info({ customerId: 'c-1', count: 3 }, 'plain line')
    log.error({ err: Object.assign(new Error('disk full'), { code: 'ENOSPC' }) }, 'failed')
    const [plain, failed] = lines.map((l) => JSON.parse(l))
    expect(plain).toMatchObject({ msg: 'plain line', customerId: 'c-1', count: 3 })
    expect(failed.msg).toBe('failed')
    expect(failed.err).toMatchObject({ message: 'disk full', code: 'ENOSPC', type: 'Error' })
  })

  it('stops walking at a bounded depth, so a cycle or a huge object cannot hang a log call', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic.self = cyclic
    let at = redactDeep(cyclic) as Record<string, unknown>
    for (let i = 1; i < REDACT_MAX_DEPTH; i++) at = at.self as Record<string, unknown>
    expect(at.self).toBe('[too deep]')
  })
})
