import { sealer } from '../crypto/seal'
import { env } from '../env'

/**
 * TOTP keys of customers and staff (active and pending) are stored sealed: a database dump alone
 * does not let anyone compute codes.
 */
export const totpSeal = sealer(env.PAYLOAD_SECRET, 'totp-secret')
