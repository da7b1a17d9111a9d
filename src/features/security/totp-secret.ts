import 'server-only'

import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'

/** TOTP keys are stored sealed: a database dump alone does not let anyone compute codes. */
export const totpSeal = sealer(env.PAYLOAD_SECRET, 'totp-secret')
