import type { Payload } from 'payload'

import type { Customer, Staff } from '@/payload-types'
import { runStaffAction } from '@/features/esign/staff-actions'

import { asStaff, type TWorld } from './world'
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

/**
 * A sent request for customer A (by their manager) and one for B (by an admin), with the id of
 * each one's first row of `collection` (its signer, or its "sent" event): what the signer and
 * event access specs check.
 */
export async function sentRequestsOfAB(
  w: TWorld,
  collection: 'signature-signers' | 'signature-events',
): Promise<{ requestA: string; rows: Record<'A' | 'B', string> }> {
  const rows = {} as Record<'A' | 'B', string>
  let requestA = ''
  for (const [name, customer, by] of [
    ['A', w.customerA, w.managerA],
    ['B', w.customerB, w.admin],
  ] as const) {
    const { request } = await draftRequest(w.payload, { customer, by })
    await runStaffAction({ payload: w.payload, user: asStaff(by), id: request.id, action: 'send' })
    const { docs } = await w.payload.find({
      collection,
      where: { request: { equals: request.id } },
      overrideAccess: true,
    })
    rows[name] = String(docs[0]!.id)
    if (name === 'A') requestA = request.id
  }
  return { requestA, rows }
}
