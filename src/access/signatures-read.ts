import type { Access } from 'payload'

import { documentsRead } from './documents-read'

/**
 * Signature requests, their signers and their events are read exactly like the contract they
 * are about: admins all, account managers their own customers', a customer their own (each
 * record carries the request's `customer`, the field the documents rule filters on), marketing
 * and finance none. One rule, so the two can never drift apart.
 */
export const signaturesRead: Access = (args) => documentsRead(args)
