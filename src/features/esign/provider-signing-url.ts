import 'server-only'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { TCustomerUser } from '@/access/user'
import { providerOf } from '@/integrations/esign'
import { env } from '@/lib/env'
import type { TLocale } from '@/lib/i18n/locales'

import { loadRequestFor } from './load-request'
import { signerOf } from './signer-actions'

/**
 * Where a customer signs a request that another provider runs: its signing page for them
 * (DocuSign's recipient view, valid a few minutes, so asked for on every visit), returning to
 * the portal's documents page. The same checks as signing here: their own request, their turn,
 * still open; "not yours" is the 404 of a missing one.
 */
export async function providerSigningUrl(args: {
  payload: Payload
  customer: TCustomerUser
  id: string
  locale: TLocale
}) {
  const user = { ...args.customer, collection: 'customers' as const }
  const req = await createLocalReq({ user: user as PayloadRequest['user'] & object }, args.payload)
  const { request, signers } = await loadRequestFor({ req, id: args.id, user })
  const signer = signerOf(user, request, signers)
  return providerOf(request).signerUrl({
    request,
    signer,
    returnUrl: `${env.PUBLIC_URL}/${args.locale}/documents`,
  })
}
