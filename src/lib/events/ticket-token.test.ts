import { describe, expect, it } from 'vitest'

import {
  parseTicketToken,
  ticketSignatureValid,
  ticketToken,
  ticketTokenForPrint,
} from './ticket-token'

const secret = 'x'.repeat(40)
const ref = { registrationId: 'r-1', eventId: 'e-1', code: 'AB12CD34EF' }

describe('ticket tokens', () => {
  it('read back as written, also typed in lower case with spaces', () => {
    const token = ticketToken(ref, secret)
    const typed = ticketTokenForPrint(token).toLowerCase()
    const parsed = parseTicketToken(typed)!
    expect(parsed.code).toBe(ref.code)
    expect(ticketSignatureValid(ref, parsed.sig, secret)).toBe(true)
  })

  it('refuse a signature for another registration, event or secret', () => {
    const { sig } = parseTicketToken(ticketToken(ref, secret))!
    expect(ticketSignatureValid({ ...ref, registrationId: 'r-2' }, sig, secret)).toBe(false)
    expect(ticketSignatureValid({ ...ref, eventId: 'e-2' }, sig, secret)).toBe(false)
    expect(ticketSignatureValid(ref, sig, 'y'.repeat(40))).toBe(false)
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)
    expect(ticketSignatureValid(ref, flipped, secret)).toBe(false)
  })

  it('refuse text that cannot be a ticket', () => {
    for (const t of ['', 'hello', 'DK1-SHORT', `XX1-${ref.code}-ABCDEFGHJKMN`])
      expect(parseTicketToken(t), t).toBeNull()
  })
})
