import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import type { TStoredFileIds } from '@/payload/private-upload'
import { getPayload } from '@/payload/get-payload'

import { currentSigners, idOf, isExpired } from './load-request'

export type TSigningState =
  'sign' | 'not-your-turn' | 'signed-waiting' | 'completed' | 'expired' | 'cancelled' | 'declined'

/**
 * What the signing page shows, read as the customer (overrideAccess: false): a request that is
 * not theirs, or still a draft, is null (the page's 404). Every portal read of signature
 * requests goes through here and getSignaturesOfDocuments.
 */
export async function getSigningView(args: {
  customer: TCustomerUser
  id: string
  locale: TLocale
}) {
  const payload = await getPayload()
  const asCustomer = { user: args.customer, overrideAccess: false, depth: 0 } as const
  const request = await payload
    .findByID({ collection: 'signature-requests', id: args.id, ...asCustomer, disableErrors: true })
    .catch(() => null)
  if (!request) return null
  const [{ docs: signers }, version] = await Promise.all([
    payload.find({
      collection: 'signature-signers',
      where: { request: { equals: request.id } },
      sort: 'position',
      ...asCustomer,
    }),
    payload
      .findByID({
        collection: 'document-versions',
        id: idOf(request.documentVersion)!,
        ...asCustomer,
        select: { storedFiles: true },
        disableErrors: true,
      })
      .catch(() => null),
  ])
  const own = signers.find(
    (s) => s.role === 'customer' && idOf(s.signerCustomer) === String(args.customer.id),
  )
  const state: TSigningState =
    request.status === 'completed'
      ? 'completed'
      : request.status === 'cancelled'
        ? 'cancelled'
        : request.status === 'declined'
          ? 'declined'
          : request.status === 'expired' || isExpired(request)
            ? 'expired'
            : own?.status === 'signed'
              ? 'signed-waiting'
              : own && currentSigners(request, signers).some((s) => s.id === own.id)
                ? 'sign'
                : 'not-your-turn'
  return {
    id: String(request.id),
    title: request.title ?? '',
    message: request.message ?? null,
    expiresAt: request.expiresAt,
    state,
    provider: request.provider ?? 'builtin',
    ownPending: own?.status === 'pending',
    originalFile: (version?.storedFiles as TStoredFileIds | undefined)?.original ?? null,
    signedFile: request.signedFile ?? null,
    suggestedName: args.customer.fullName ?? '',
  }
}
