import 'server-only'

import { env } from '@/lib/env'

import { builtinProvider } from './builtin'
import type { TEsignProvider } from './types'

export type { TEsignProvider, TProviderEvent } from './types'

const PROVIDERS = { builtin: builtinProvider } as const satisfies Record<string, TEsignProvider>

/** The configured e-signing provider (ESIGN_PROVIDER). */
export function esignProvider(): TEsignProvider {
  return PROVIDERS[env.ESIGN_PROVIDER]
}
