import type { TEsignProviderName, TRequestStatus } from '@/lib/esign/statuses'
import type { SignatureRequest, SignatureSigner } from '@/payload-types'

/**
 * One change a provider reports about a request it runs, in our own terms. `signerPosition` is
 * the signer's place in the signing order (the provider's recipient id); events about the whole
 * request leave it out. The portal applies each one at most once (src/features/esign).
 */
export type TProviderEvent = {
  providerRef: string
  type: 'viewed' | 'signed' | 'declined' | 'cancelled' | 'completed'
  signerPosition?: number
  at: string
  /** The provider's own name for what happened, kept in the evidence event. */
  providerEvent: string
  reason?: string | null
}

/**
 * What the portal needs from an e-signing service, so that switching providers is configuration
 * (ESIGN_PROVIDER), not code. Requests, signers and the evidence trail always live in our own
 * collections; a provider only runs the signing. Each request records the provider it was sent
 * through and the provider's reference, and keeps being handled by that provider.
 */
export type TEsignProvider = {
  name: TEsignProviderName
  /**
   * Sends the request to its signers (called inside our send transaction, after the signer rows
   * exist); returns the provider's reference, or null when there is nothing outside the portal.
   */
  createRequest(args: {
    request: SignatureRequest
    signers: SignatureSigner[]
    document: () => Promise<Buffer>
  }): Promise<{ providerRef: string | null }>
  /** Where `signer` signs; `returnUrl` is where the provider sends them back afterwards. */
  signerUrl(args: {
    request: SignatureRequest
    signer: SignatureSigner
    returnUrl: string
  }): Promise<string>
  /** The request's status as the provider sees it. */
  status(args: { request: SignatureRequest }): Promise<TRequestStatus>
  /** Ends the request at the provider (the portal records the cancellation itself). */
  cancel(args: { request: SignatureRequest; reason: string }): Promise<void>
  /** The signed PDF the provider produced, once the request is completed there. */
  signedDocument(args: { request: SignatureRequest }): Promise<Buffer>
  /**
   * A callback from the provider: verified (throws a 401 AppError otherwise) and turned into
   * events. The built-in provider has none.
   */
  webhook(args: { headers: Headers; body: string }): Promise<TProviderEvent[]>
}
