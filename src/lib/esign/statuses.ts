/** A signature request's life: prepared, sent, then exactly one of the four ends. */
export const REQUEST_STATUSES = [
  'draft',
  'sent',
  'completed',
  'declined',
  'expired',
  'cancelled',
] as const
export type TRequestStatus = (typeof REQUEST_STATUSES)[number]

export const SIGNER_STATUSES = ['pending', 'viewed', 'signed', 'declined'] as const
export type TSignerStatus = (typeof SIGNER_STATUSES)[number]

/** What the evidence trail records (Documenso keeps more; these are the ones that decide). */
export const EVENT_TYPES = [
  'created',
  'sent',
  'viewed',
  'reminded',
  'signed',
  'declined',
  'expired',
  'cancelled',
  'completed',
] as const
export type TEventType = (typeof EVENT_TYPES)[number]

export const isOpen = (s: TRequestStatus) => s === 'draft' || s === 'sent'

/** The e-signing services a request can run at (src/integrations/esign); ESIGN_PROVIDER picks one. */
export const ESIGN_PROVIDERS = ['builtin', 'docusign'] as const
export type TEsignProviderName = (typeof ESIGN_PROVIDERS)[number]
