import type pino from 'pino'

type TLogged = { err?: unknown; msg?: string }
type TStatusError = {
  status?: unknown
  message?: unknown
  name?: unknown
  originalError?: unknown
  extensions?: { statusCode?: unknown }
}

/**
 * 4xx: the caller's mistake or a refusal — not a fault of ours. GraphQL wraps the error Payload
 * threw; its status is on the original (or in the extensions GraphQL answers with).
 */
function refusalStatus(err: unknown): number | null {
  // Payload's document view marks "no such document (for you)" with a plain Error('not-found')
  // before it answers 404; for an account manager opening a colleague's order that is routine.
  if (err instanceof Error && err.message === 'not-found') return 404
  const e = err as TStatusError | null
  const status =
    e?.status ?? (e?.originalError as TStatusError | undefined)?.status ?? e?.extensions?.statusCode
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * A refusal is not a server error: Payload logs every error it answers at `error`, and in a
 * production build its error class names are minified, so its own per-name levels do not apply.
 * Any error log whose `err` carries a 4xx status is written at `info` instead, with its message
 * and status but no stack, so error-level lines (and alerts on them) mean a fault of ours.
 */
export function downgradeRefusals(
  this: pino.Logger,
  args: Parameters<pino.LogFn>,
  method: pino.LogFn,
  level: number,
): void {
  const first = args[0] as TLogged | undefined
  // Logged as `{ err }` (Payload's logError) or as the error itself (`logger.error(err)`).
  const logged =
    first instanceof Error ? first : first && typeof first === 'object' ? first.err : null
  const status = level >= 50 && logged ? refusalStatus(logged) : null
  if (status === null) return method.apply(this, args)
  const err = logged as TStatusError
  this.info(
    { status, error: typeof err.name === 'string' ? err.name : undefined },
    typeof err.message === 'string' ? err.message : 'request refused',
  )
}
