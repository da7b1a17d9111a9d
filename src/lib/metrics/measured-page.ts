import 'server-only'

import type { ReactNode } from 'react'

import { metrics } from './registry'

type TOutcome = 'ok' | 'redirect' | 'not_found' | 'error'

/** Next signals redirect() and notFound() by throwing errors with a known digest. */
function outcomeOf(err: unknown): TOutcome {
  const digest = String((err as { digest?: unknown } | null)?.digest ?? '')
  if (digest.startsWith('NEXT_REDIRECT')) return 'redirect'
  if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') || digest === 'NEXT_NOT_FOUND')
    return 'not_found'
  return 'error'
}

/**
 * Wraps a portal page so its renders are counted and timed under a fixed route name (never the
 * raw URL, which would give every order its own time series).
 */
export function measuredPage<P>(route: string, Page: (props: P) => ReactNode | Promise<ReactNode>) {
  return async function MeasuredPage(props: P): Promise<ReactNode> {
    const m = metrics()
    const stop = m.pageDuration.startTimer({ route })
    let outcome: TOutcome = 'ok'
    try {
      return await Page(props)
    } catch (err) {
      outcome = outcomeOf(err)
      throw err
    } finally {
      stop()
      m.pageRenders.inc({ route, outcome })
    }
  }
}
