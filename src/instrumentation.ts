import type { Instrumentation } from 'next'

/** Every server-side render or handler failure is logged once, with the request id users see. */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  // NEXT_RUNTIME is replaced by a constant at build time (the one process.env read env.ts does not
  // own), so the Edge build of this file drops the import below: the logger reads env.ts, which
  // needs node:fs and node:crypto, and Turbopack warned about them for the Edge runtime.
  // eslint-disable-next-line no-restricted-properties -- a build-time constant, not a setting
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { logger } = await import('./lib/logger')
  const headers = request.headers as Record<string, string | string[] | undefined>
  const error = err as Error & { digest?: string }
  logger.error(
    {
      err: error,
      digest: error.digest,
      requestId: headers['x-request-id'],
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
    },
    'request failed',
  )
}
