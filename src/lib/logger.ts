import pino from 'pino'

import { env } from './env'
import { downgradeRefusals } from './log-refusals'

/**
 * Paths whose values never reach a log line. Payload logs request objects and errors with the same
 * logger, so the list covers headers and bodies as well as our own fields. These paths also reach
 * into class instances (a request's headers), which the key walk below leaves alone.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'hash',
  '*.hash',
  'salt',
  '*.salt',
  'cookie',
  '*.cookie',
  'authorization',
  '*.authorization',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'link',
  '*.link',
]

const CENSOR = '[redacted]'

/**
 * Keys whose values never reach a log line at any depth of the logged data: credentials, one-time
 * codes and second-factor material, and content fields, so a message or document body that ends
 * up in a log call is not written out. Compared case-insensitively. pino's own `msg` stays.
 */
export const REDACT_KEYS = [
  'password',
  'passwordHash',
  'token',
  'secret',
  'hash',
  'salt',
  'cookie',
  'authorization',
  'link',
  'code',
  'totpSecret',
  'recoveryCodes',
  'content',
  'body',
  'text',
  'message',
  // A queued mail's HTML carries its links (a password reset link among them) and its subject
  // can carry content: a job that fails is logged whole, input included.
  'html',
  'subject',
]
const REDACT_KEY_SET = new Set(REDACT_KEYS.map((k) => k.toLowerCase()))

/** Deeper than this, a value is replaced whole: a log line records an event, not a data dump. */
export const REDACT_MAX_DEPTH = 8

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * A copy of `value` with every listed key censored, walking plain objects and arrays only: errors
 * and other instances are left to pino's serializers (an error keeps its message and code) and
 * to the path list above.
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value
  if (!Array.isArray(value) && !isPlain(value)) return value
  if (depth >= REDACT_MAX_DEPTH) return '[too deep]'
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    out[key] = REDACT_KEY_SET.has(key.toLowerCase()) ? CENSOR : redactDeep(v, depth + 1)
  }
  return out
}

/** What makes an error an error in a log line; everything else on it is data, walked as above. */
const ERROR_OWN_KEYS = new Set(['type', 'message', 'stack', 'code'])

/**
 * pino's error serializer, then the key walk over the error's other fields: Payload's TaskError
 * carries the failed job's input in `args` (a queued mail's HTML and subject among them).
 */
export function serializeError(err: Error): unknown {
  return redactErrorFields(pino.stdSerializers.err(err))
}

function redactErrorFields(serialized: unknown): unknown {
  if (serialized === null || typeof serialized !== 'object') return serialized
  const fields: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(serialized)) {
    if (ERROR_OWN_KEYS.has(key)) fields[key] = v
    else if (key === 'cause')
      fields[key] = redactErrorFields(v) // serialized like its parent
    else fields[key] = REDACT_KEY_SET.has(key.toLowerCase()) ? CENSOR : redactDeep(v, 1)
  }
  return fields
}

export const loggerOptions: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { service: 'portal' },
  redact: { paths: REDACT_PATHS, censor: CENSOR },
  // Runs on each line's own fields before serializers; `msg` is added by pino outside of it.
  formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
  serializers: { err: serializeError },
  timestamp: pino.stdTimeFunctions.isoTime,
  hooks: { logMethod: downgradeRefusals },
}

export const logger = pino(loggerOptions)
