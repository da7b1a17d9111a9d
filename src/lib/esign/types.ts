/** What the signed PDF's signature page and audit certificate say: the record, as it stood. */
export type TCertificateSigner = {
  role: 'customer' | 'staff'
  name: string
  email: string
  legalName: string | null
  status: 'pending' | 'viewed' | 'signed' | 'declined'
  signedAt: string | null
  ip: string | null
  signatureKind: 'drawn' | 'typed' | null
  /** A drawn signature as PNG bytes; typed signatures are drawn from `legalName`. */
  signaturePng: Buffer | null
}

export type TCertificateEvent = {
  type: string
  at: string
  actor: string
  ip: string | null
  userAgent: string | null
  documentSha256: string
}

export type TCertificate = {
  requestId: string
  title: string
  documentSha256: string
  documentVersion: number | null
  sentAt: string | null
  completedAt: string
  signers: TCertificateSigner[]
  events: TCertificateEvent[]
}
