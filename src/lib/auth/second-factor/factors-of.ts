import 'server-only'

import type { Payload } from 'payload'

import { remainingRecoveryCodes, type TStoredRecoveryCode } from '@/lib/auth/recovery-codes'

export type TSecondFactors = {
  totp: boolean
  passkeys: number
  recoveryCodesLeft: number
  /** True when any factor is set up: sign-in then needs it. */
  any: boolean
}

/** Which second factors a customer has set up. */
export async function secondFactorsOf(
  payload: Payload,
  customerId: string,
): Promise<TSecondFactors> {
  const [customer, passkeys] = await Promise.all([
    payload.findByID({
      collection: 'customers',
      id: customerId,
      depth: 0,
      select: { totpEnabledAt: true, totpSecret: true, recoveryCodes: true },
      showHiddenFields: true,
      overrideAccess: true, // system: factor state decides how sign-in continues
    }),
    payload.count({
      collection: 'passkeys',
      where: { customer: { equals: customerId } },
      overrideAccess: true, // system: factor state decides how sign-in continues
    }),
  ])
  const totp = Boolean(customer.totpEnabledAt && customer.totpSecret)
  return {
    totp,
    passkeys: passkeys.totalDocs,
    recoveryCodesLeft: remainingRecoveryCodes(
      customer.recoveryCodes as TStoredRecoveryCode[] | null | undefined,
    ),
    any: totp || passkeys.totalDocs > 0,
  }
}
