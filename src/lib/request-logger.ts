import 'server-only'

import { headers } from 'next/headers'

import { logger } from './logger'

/** The logger for code running inside a request: every line carries the request id. */
export async function requestLogger(bindings: Record<string, unknown> = {}) {
  const requestId = (await headers()).get('x-request-id') ?? undefined
  return logger.child({ requestId, ...bindings })
}
