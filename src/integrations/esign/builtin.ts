import 'server-only'

import { adminPath, signPath } from '@/features/esign/notify-signers'
import { runStaffAction } from '@/features/esign/staff-actions'
import { AppError } from '@/lib/errors'
import { getPayload } from '@/payload/get-payload'

import type { TEsignProvider } from './types'

/**
 * The built-in provider: requests, signing and evidence live in this portal's own collections
 * (src/features/esign), and signers sign on its own pages. It needs no webhook.
 */
export const builtinProvider: TEsignProvider = {
  name: 'builtin',
  async createRequest(args) {
    const payload = await getPayload()
    const draft = await payload.create({
      collection: 'signature-requests',
      data: {
        document: args.documentId,
        signingOrder: args.signingOrder,
        counterSigner: args.counterSignerId ?? null,
        message: args.message ?? null,
        expiresAt: args.expiresAt,
      },
      user: args.by,
      overrideAccess: false,
      depth: 0,
    })
    const id = String(draft.id)
    await runStaffAction({ payload, user: args.by, id, action: 'send', headers: args.headers })
    return { id }
  },
  async signerUrl({ requestId, role }) {
    return role === 'customer' ? signPath(requestId) : adminPath(requestId)
  },
  async status({ by, requestId }) {
    const payload = await getPayload()
    const found = await payload.findByID({
      collection: 'signature-requests',
      id: requestId,
      user: by,
      overrideAccess: false,
      depth: 0,
      select: { status: true },
      disableErrors: true,
    })
    if (!found) throw new AppError('NOT_FOUND', 'Signature request not found.')
    return found.status ?? 'draft'
  },
  async cancel({ by, requestId, headers }) {
    await runStaffAction({
      payload: await getPayload(),
      user: by,
      id: requestId,
      action: 'cancel',
      headers,
    })
  },
  async webhook() {
    throw new AppError('NOT_FOUND', 'The built-in provider has no webhook.')
  },
}
