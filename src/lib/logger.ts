import pino from 'pino'

import { env } from './env'
import { downgradeRefusals } from './log-refusals'

/**
 * Paths whose values never reach a log line. Payload logs request objects and errors with the same
 * logger, so the list covers headers and bodies as well as our own fields.
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

export const loggerOptions: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { service: 'portal' },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
  hooks: { logMethod: downgradeRefusals },
}

export const logger = pino(loggerOptions)
