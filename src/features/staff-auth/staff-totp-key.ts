import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'

/** Seals staff TOTP keys (active and pending) at rest. */
export const staffTotpKey = sealer(env.PAYLOAD_SECRET, 'totp-secret')
