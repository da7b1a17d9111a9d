import { env } from '@/lib/env'
import type { TEsignProviderName } from '@/lib/esign/statuses'

import { builtinProvider } from './builtin'
import { docusignProvider } from './docusign'
import type { TEsignProvider } from './types'

export type { TEsignProvider, TProviderEvent } from './types'

// Not `server-only`: the send path is also reached from the demo seed, which the Payload CLI
// loads with the config. Nothing here is ever imported by client components.
const PROVIDERS = {
  builtin: builtinProvider,
  docusign: docusignProvider,
} as const satisfies Record<TEsignProviderName, TEsignProvider>

/** The provider new requests are sent through (ESIGN_PROVIDER). */
export function configuredProvider(): TEsignProvider {
  return PROVIDERS[env.ESIGN_PROVIDER]
}

/**
 * The provider a request was sent through, whatever ESIGN_PROVIDER says now: an open request
 * is cancelled, followed and completed where it started. Drafts have none yet (built-in).
 */
export function providerOf(request: { provider?: TEsignProviderName | null }): TEsignProvider {
  return PROVIDERS[request.provider ?? 'builtin']
}
