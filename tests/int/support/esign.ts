import type { Payload } from 'payload'

import type { Customer, Staff } from '@/payload-types'

import { asStaff } from './world'
import { documentTypes, documentWithVersions } from './documents'

/**
 * A draft signature request on a fresh contract of `customer`, prepared by `by` through the
 * Local API as that staff member (so their access applies), as the back office does.
 */
export async function draftRequest(
  payload: Payload,
  args: {
    customer: Customer
    by: Staff
    counterSigner?: Staff
    signingOrder?: 'sequential' | 'parallel'
    expiresAt?: string
  },
) {
  const type = (await documentTypes(payload))['sales-contract'].id
  const { doc, versions } = await documentWithVersions(payload, {
    customer: args.customer.id,
    type,
  })
  const request = await payload.create({
    collection: 'signature-requests',
    data: {
      document: doc.id,
      signingOrder: args.signingOrder ?? 'sequential',
      expiresAt: args.expiresAt ?? new Date(Date.now() + 7 * 86_400_000).toISOString(),
      counterSigner: args.counterSigner?.id,
      message: 'Please sign',
    } as never,
    user: asStaff(args.by),
    overrideAccess: false,
    depth: 0,
  })
  return { request, doc, version: versions[0]! }
}
