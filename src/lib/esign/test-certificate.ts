import type { TCertificate } from './types'

/** A completed request's certificate data, for the signing tests. */
export const sampleCertificate: TCertificate = {
  requestId: 'req-1',
  title: 'Purchase agreement F22',
  documentSha256: 'a'.repeat(64),
  documentVersion: 1,
  sentAt: '2026-12-01T10:00:00.000Z',
  completedAt: '2026-12-02T10:00:00.000Z',
  signers: [
    {
      role: 'customer',
      name: 'Max Verstappen',
      email: 'max@example.test',
      legalName: 'Max Verstappen',
      status: 'signed',
      signedAt: '2026-12-02T10:00:00.000Z',
      ip: '127.0.0.1',
      signatureKind: 'typed',
      signaturePng: null,
    },
  ],
  events: [],
}
