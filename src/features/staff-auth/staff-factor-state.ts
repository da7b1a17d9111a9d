import type { Payload } from 'payload'

import type { TStoredRecoveryCode } from '@/lib/auth/recovery-codes'
import { newTotpSecret, totpUri } from '@/lib/auth/totp'
import { AppError } from '@/lib/errors'
import type { Staff } from '@/payload-types'

import { totpSeal } from '@/lib/auth/totp-seal'

/** A staff record with its hidden second-factor fields (system use only). */
export async function loadStaffSecrets(payload: Payload, staffId: string) {
  const staff = await payload.findByID({
    collection: 'staff',
    id: staffId,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // system: second-factor secrets are readable by no user
  })
  return staff as Staff & { recoveryCodes?: TStoredRecoveryCode[] | null }
}

export function hasStaffTotp(staff: Pick<Staff, 'totpEnabledAt' | 'totpSecret'>): boolean {
  return Boolean(staff.totpEnabledAt && staff.totpSecret)
}

/**
 * The key a staff member without a factor is enrolling, created on first view and kept (sealed,
 * as totpPendingSecret) until confirmed, so reloading the page shows the same QR code.
 */
export async function pendingStaffTotp(payload: Payload, staffId: string) {
  const staff = await loadStaffSecrets(payload, staffId)
  if (hasStaffTotp(staff)) throw new AppError('CONFLICT', 'An authenticator app is already set up.')
  let secret = totpSeal.open(staff.totpPendingSecret)
  if (!secret) {
    secret = newTotpSecret()
    await payload.update({
      collection: 'staff',
      id: staffId,
      data: { totpPendingSecret: totpSeal.seal(secret) },
      overrideAccess: true, // system: enrolment state no user may write
    })
  }
  return { secret, uri: totpUri(secret, `Back office · ${staff.email}`) }
}
