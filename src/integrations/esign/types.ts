import type { TStaffUser } from '@/access/user'
import type { TEventType, TRequestStatus } from '@/lib/esign/statuses'

/** One evidence event as a provider reports it (the built-in one records its own directly). */
export type TProviderEvent = {
  requestId: string
  type: TEventType
  at: string
  signerEmail: string | null
  ip: string | null
  userAgent: string | null
}

/**
 * What the portal needs from an e-signing service, so that switching providers is configuration
 * (ESIGN_PROVIDER), not code. The built-in provider is the first implementation.
 */
export type TEsignProvider = {
  name: string
  /** Prepares and sends a request on a document's current version; returns its id. */
  createRequest(args: {
    by: TStaffUser
    documentId: string
    signingOrder: 'sequential' | 'parallel'
    counterSignerId?: string | null
    message?: string | null
    expiresAt: string
    headers?: Headers
  }): Promise<{ id: string }>
  /** Where a signer signs: a portal path for the built-in provider, the provider's page otherwise. */
  signerUrl(args: { requestId: string; role: 'customer' | 'staff' }): Promise<string>
  status(args: { by: TStaffUser; requestId: string }): Promise<TRequestStatus>
  cancel(args: { by: TStaffUser; requestId: string; headers?: Headers }): Promise<void>
  /** A provider's callback, verified, turned into evidence events (none for the built-in one). */
  webhook(req: Request): Promise<TProviderEvent[]>
}
