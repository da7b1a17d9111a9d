/**
 * Who may do what. Access functions and UI both read this map, so a role's powers are stated once.
 */
export const STAFF_ROLES = ['admin', 'account-manager', 'marketing', 'finance'] as const
export type TStaffRole = (typeof STAFF_ROLES)[number]

export type TCapability =
  | 'customers:read-all'
  | 'customers:read-own'
  | 'customers:write-all'
  | 'customers:write-own'
  | 'orders:read-all'
  | 'orders:read-own'
  | 'orders:write-all'
  | 'orders:write-own'
  | 'staff:manage'
  | 'audit:read'
  /** Write help categories and articles, read their drafts and customers' feedback on them. */
  | 'help:manage'

export const ROLE_CAPABILITIES = {
  admin: [
    'customers:read-all',
    'customers:write-all',
    'orders:read-all',
    'orders:write-all',
    'staff:manage',
    'audit:read',
    'help:manage',
  ],
  'account-manager': [
    'customers:read-own',
    'customers:write-own',
    'orders:read-own',
    'orders:write-own',
    'help:manage',
  ],
  marketing: ['customers:read-all', 'orders:read-all', 'help:manage'],
  // Finance reviews the audit trail (who changed orders and customer data) without changing anything.
  finance: ['customers:read-all', 'orders:read-all', 'audit:read'],
} as const satisfies Record<TStaffRole, readonly TCapability[]>

export function roleCan(role: TStaffRole | null | undefined, capability: TCapability): boolean {
  if (!role) return false
  return (ROLE_CAPABILITIES[role] as readonly TCapability[]).includes(capability)
}

export const ROLE_LABELS: Record<TStaffRole, string> = {
  admin: 'Administrator',
  'account-manager': 'Account manager',
  marketing: 'Marketing',
  finance: 'Finance',
}
