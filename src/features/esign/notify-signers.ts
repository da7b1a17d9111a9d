import type { PayloadRequest } from 'payload'

import { notify, notifyStaff } from '@/lib/notify'
import type { SignatureRequest, SignatureSigner } from '@/payload-types'

import { idOf } from './load-request'

export const signPath = (requestId: string) => `/documents/sign/${requestId}`
export const adminPath = (requestId: string) => `/admin/collections/signature-requests/${requestId}`

/**
 * Tells the signers whose turn it is, in the request's transaction: the customer through the
 * portal's notifications (their mail links to the signing page), a staff counter-signer through
 * theirs (linking to the request in the back office). Mails carry a link, never the document.
 */
export async function notifySigners(args: {
  req: PayloadRequest
  request: SignatureRequest
  signers: SignatureSigner[]
  reminder?: boolean
}) {
  const { req, request } = args
  if (req.context.seed) return // demo data tells no one
  const title = args.reminder ? 'Esign.notify.reminderTitle' : 'Esign.notify.requestTitle'
  for (const s of args.signers) {
    const params = { title: request.title ?? '' }
    if (s.role === 'customer' && s.signerCustomer)
      await notify(
        {
          customer: idOf(s.signerCustomer)!,
          type: 'signature-requested',
          title: { key: title, params },
          body: { key: 'Esign.notify.requestBody' },
          link: signPath(String(request.id)),
          entity: { collection: 'signature-requests', id: request.id },
          order: idOf(request.order) ?? undefined,
          confidential: true,
        },
        req,
      )
    if (s.role === 'staff' && s.signerStaff)
      await notifyStaff(
        {
          staff: idOf(s.signerStaff)!,
          type: 'signature-requested',
          title: { key: title, params },
          link: adminPath(String(request.id)),
          entity: { collection: 'signature-requests', id: request.id },
        },
        req,
      )
  }
}

/** At completion (or a decline): the customer and the staff who prepared it hear of it. */
export async function notifyOutcome(args: {
  req: PayloadRequest
  request: SignatureRequest
  outcome: 'completed' | 'declined' | 'cancelled'
}) {
  const { req, request, outcome } = args
  if (req.context.seed) return // demo data tells no one
  const params = { title: request.title ?? '' }
  if (outcome !== 'declined' && request.customer)
    await notify(
      {
        customer: idOf(request.customer)!,
        type: 'new-document',
        title: { key: `Esign.notify.${outcome}Title`, params },
        body: { key: `Esign.notify.${outcome}Body` },
        link: signPath(String(request.id)),
        entity: { collection: 'signature-requests', id: request.id },
        order: idOf(request.order) ?? undefined,
        confidential: true,
      },
      req,
    )
  if (outcome !== 'cancelled' && request.createdBy)
    await notifyStaff(
      {
        staff: idOf(request.createdBy)!,
        type: `signature-${outcome}`,
        title: { key: `Esign.notify.${outcome}Title`, params },
        link: adminPath(String(request.id)),
        entity: { collection: 'signature-requests', id: request.id },
      },
      req,
    )
}
