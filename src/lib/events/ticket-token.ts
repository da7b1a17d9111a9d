import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** Version tag of the ticket format; a later format gets a new one and both can be read. */
const PREFIX = 'DK1'
const CODE_LENGTH = 10
const SIG_LENGTH = 12
// Crockford base32 without I, L, O, U: easy to read out and to type at the gate.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A registration's random ticket code (50 bits). */
export function newTicketCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((b) => ALPHABET[b % 32]).join('')
}

export type TTicketRef = { registrationId: string; eventId: string; code: string }

function signature(ref: TTicketRef, secret: string): string {
  const mac = createHmac('sha256', secret)
    .update(`ticket.${ref.registrationId}.${ref.eventId}.${ref.code}`)
    .digest()
  return [...mac.subarray(0, SIG_LENGTH)].map((b) => ALPHABET[b % 32]).join('')
}

/**
 * The token a ticket's QR code carries and the gate may type: `DK1-<code>-<signature>`, where the
 * signature is an HMAC over the registration, its event and the code. Without the secret nobody
 * can make one for another registration or event.
 */
export function ticketToken(ref: TTicketRef, secret: string): string {
  return `${PREFIX}-${ref.code}-${signature(ref, secret)}`
}

/** The same token in groups of five, as printed under the QR code for typing. */
export function ticketTokenForPrint(token: string): string {
  return token
    .split('-')
    .map((part, i) => (i === 0 ? part : part.replace(/(.{5})(?=.)/g, '$1 ')))
    .join(' - ')
}

/**
 * Reads a scanned or typed token: case, spaces and dashes do not matter, and the letters people
 * mistake for digits (O, I, L) are read as 0 and 1. Null when it cannot be a ticket.
 */
export function parseTicketToken(text: string): { code: string; sig: string } | null {
  const clean = text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (!clean.startsWith(PREFIX.replace('O', '0'))) return null
  const rest = clean.slice(PREFIX.length)
  if (rest.length !== CODE_LENGTH + SIG_LENGTH || /[U]/.test(rest)) return null
  return { code: rest.slice(0, CODE_LENGTH), sig: rest.slice(CODE_LENGTH) }
}

/** Whether `sig` is the signature of this registration's ticket (constant-time comparison). */
export function ticketSignatureValid(ref: TTicketRef, sig: string, secret: string): boolean {
  const expected = Buffer.from(signature(ref, secret))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
