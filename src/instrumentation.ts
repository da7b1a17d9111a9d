import type { Instrumentation } from 'next'

/** Every server-side render or handler failure is logged once, with the request id users see. */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (typeof (globalThis as { EdgeRuntime?: string }).EdgeRuntime === 'string') return
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
