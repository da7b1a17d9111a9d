import { signPath } from '@/features/esign/notify-signers'
import { AppError } from '@/lib/errors'

import type { TEsignProvider } from './types'

/**
 * The built-in provider: signers sign on the portal's own pages (src/features/esign), which
 * records every event and seals the signed PDF itself. Nothing lives outside the portal, so
 * sending and cancelling have nothing to tell anyone, and there is no webhook.
 */
export const builtinProvider: TEsignProvider = {
  name: 'builtin',
  async createRequest() {
    return { providerRef: null }
  },
  async signerUrl({ request }) {
    return signPath(String(request.id))
  },
  async status({ request }) {
    return request.status ?? 'draft'
  },
  async cancel() {},
  async signedDocument() {
    throw new AppError('NOT_FOUND', 'The built-in provider seals the signed PDF itself.')
  },
  async webhook() {
    throw new AppError('NOT_FOUND', 'The built-in provider has no webhook.')
  },
}
