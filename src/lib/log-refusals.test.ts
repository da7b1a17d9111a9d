import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { downgradeRefusals } from './log-refusals'

class NotFound extends Error {
  status = 404
}

function capture() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  const log = pino({ hooks: { logMethod: downgradeRefusals } }, stream)
  return { log, lines }
}

describe('downgradeRefusals', () => {
  it('writes a 4xx logged as { err } at info, without a stack', () => {
    const { log, lines } = capture()
    log.error({ err: new NotFound('Not Found') })
    expect(lines[0]).toMatchObject({ level: 30, msg: 'Not Found', status: 404 })
    expect(JSON.stringify(lines[0])).not.toContain('stack')
  })

  it('also when the error itself is logged, and for the document view’s not-found marker', () => {
    const { log, lines } = capture()
    log.error(new NotFound('Not Found'))
    log.error({ err: new Error('not-found') })
    expect(lines.map((l) => l.level)).toEqual([30, 30])
    expect(JSON.stringify(lines)).not.toContain('stack')
  })

  it('keeps real faults at error, with their stack', () => {
    const { log, lines } = capture()
    log.error({ err: new Error('connection refused') })
    expect(lines[0]).toMatchObject({ level: 50 })
    expect(JSON.stringify(lines[0])).toContain('stack')
  })
})
