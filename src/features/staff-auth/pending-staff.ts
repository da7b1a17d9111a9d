import 'server-only'

import { z } from 'zod'

import type { TStaffUser } from '@/access/user'

export const ZCode = z.string().trim().min(6).max(32)
/**
 * The caller is exactly the staff member who is not yet staff in Payload's eyes: signed in with a
 * password, second factor still to pass. A factor check belongs to one sign-in session (`_sid`).
 */
export const PENDING_STAFF = { staff: { factorPending: true } } as const
export const signedIn = (user: unknown) => user as TStaffUser & { _sid: string }
