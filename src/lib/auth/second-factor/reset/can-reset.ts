import { staffCan } from '@/access/user'

/**
 * Who may reset whose second factor: admins anyone's (customers and other staff); an account
 * manager only their own customers'. Nobody resets their own: that would be a way around it.
 */
export function canResetSecondFactor(
  user: unknown,
  target:
    | { collection: 'customers'; accountManagerId: string | null }
    | { collection: 'staff'; id: string },
): boolean {
  if (staffCan(user, 'staff:manage')) {
    return target.collection === 'customers' || target.id !== (user as { id: string }).id
  }
  return (
    target.collection === 'customers' &&
    staffCan(user, 'customers:write-own') &&
    target.accountManagerId === (user as { id: string }).id
  )
}
