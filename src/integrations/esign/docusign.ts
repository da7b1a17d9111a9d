import { PDFDocument } from 'pdf-lib'
import { z } from 'zod'

import { AppError } from '@/lib/errors'
import type { TRequestStatus } from '@/lib/esign/statuses'
import type { SignatureRequest } from '@/payload-types'

import { docusignBytes, docusignCause, docusignJson } from './docusign-client'
import { connectEvents } from './docusign-connect'
import type { TEsignProvider } from './types'

const DAY = 86_400_000

const refOf = (request: SignatureRequest) => {
  if (!request.providerRef) throw new AppError('CONFLICT', 'This request has no DocuSign envelope.')
  return encodeURIComponent(request.providerRef)
}

/** DocuSign's envelope status in our terms (an expired envelope is voided by DocuSign). */
function statusOf(status: string, request: SignatureRequest): TRequestStatus {
  if (status === 'completed') return 'completed'
  if (status === 'declined') return 'declined'
  if (status === 'voided')
    return new Date(request.expiresAt).getTime() <= Date.now() ? 'expired' : 'cancelled'
  if (status === 'created') return 'draft'
  return 'sent'
}

const ZEnvelope = z.object({ envelopeId: z.string().optional(), status: z.string() })

/**
 * DocuSign eSignature REST (v2.1) as an e-signing provider: one envelope per request, the
 * document being the exact bytes whose SHA-256 the request recorded, every signer an embedded
 * recipient (clientUserId = our signer id, recipientId = their position), so DocuSign mails
 * nobody: the portal notifies signers, and its signing page sends them to the recipient view.
 * DocuSign expires the envelope on the request's expiry day; its Connect callbacks
 * (docusign-connect.ts) report what happens.
 */
export const docusignProvider: TEsignProvider = {
  name: 'docusign',
  async createRequest({ request, signers, document }) {
    const pdf = await document()
    const pages = (await PDFDocument.load(pdf, { ignoreEncryption: true })).getPageCount()
    const days = Math.max(1, Math.ceil((new Date(request.expiresAt).getTime() - Date.now()) / DAY))
    const created = await docusignJson(
      '/envelopes',
      {
        method: 'POST',
        json: {
          emailSubject: (request.title || 'Document to sign').slice(0, 100),
          emailBlurb: request.message ?? undefined,
          status: 'sent',
          documents: [
            {
              documentId: '1',
              name: request.title || 'document',
              fileExtension: 'pdf',
              documentBase64: pdf.toString('base64'),
            },
          ],
          recipients: {
            signers: signers.map((s, i) => ({
              recipientId: String(s.position),
              routingOrder: request.signingOrder === 'parallel' ? '1' : String(s.position),
              clientUserId: String(s.id),
              email: s.email,
              name: s.name,
              tabs: {
                signHereTabs: [
                  {
                    documentId: '1',
                    pageNumber: String(pages),
                    xPosition: String(72 + 260 * (i % 2)),
                    yPosition: String(600 + 80 * Math.floor(i / 2)),
                  },
                ],
              },
            })),
          },
          notification: {
            useAccountDefaults: 'false',
            reminders: { reminderEnabled: 'false' },
            expirations: { expireEnabled: 'true', expireAfter: String(days), expireWarn: '0' },
          },
          customFields: {
            textCustomFields: [
              {
                name: 'portalRequestId',
                value: String(request.id),
                show: 'false',
                required: 'false',
              },
            ],
          },
        },
      },
      z.object({ envelopeId: z.string().min(1) }),
    )
    return { providerRef: created.envelopeId }
  },
  async signerUrl({ request, signer, returnUrl }) {
    const view = await docusignJson(
      `/envelopes/${refOf(request)}/views/recipient`,
      {
        method: 'POST',
        json: {
          returnUrl,
          authenticationMethod: 'none',
          recipientId: String(signer.position),
          clientUserId: String(signer.id),
          email: signer.email,
          userName: signer.name,
        },
      },
      z.object({ url: z.url({ protocol: /^https?$/ }) }),
    )
    return view.url
  },
  async status({ request }) {
    const envelope = await docusignJson(
      `/envelopes/${refOf(request)}`,
      { method: 'GET' },
      ZEnvelope,
    )
    return statusOf(envelope.status, request)
  },
  async cancel({ request, reason }) {
    try {
      await docusignJson(
        `/envelopes/${refOf(request)}`,
        { method: 'PUT', json: { status: 'voided', voidedReason: reason.slice(0, 200) } },
        z.unknown(),
      )
    } catch (err) {
      // Voided before (a retry after our own commit failed): the outcome we want is already there.
      if (!docusignCause(err)) throw err
      const now = await this.status({ request })
      if (now !== 'cancelled' && now !== 'expired') throw err
    }
  },
  async signedDocument({ request }) {
    return docusignBytes(`/envelopes/${refOf(request)}/documents/combined`)
  },
  async webhook(args) {
    return connectEvents(args)
  },
}
