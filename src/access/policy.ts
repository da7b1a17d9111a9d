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
  | 'documents:read-all'
  | 'documents:read-own'
  | 'documents:write-all'
  | 'documents:write-own'
  | 'invoices:read-all'
  | 'invoices:read-own'
  | 'invoices:write-all'
  /** Write the media library (news, videos, factory tours) and see its drafts and figures. */
  | 'content:manage'
  /** Conversations with customers, their messages, internal notes and attachments. */
  | 'messages:all'
  | 'messages:own'
  /** Write events and their images, read every registration. */
  | 'events:manage'
  /** Check tickets in at the gate. */
  | 'events:check-in'

export const ROLE_CAPABILITIES = {
  admin: [
    'customers:read-all',
    'customers:write-all',
    'orders:read-all',
    'orders:write-all',
    'staff:manage',
    'audit:read',
    'help:manage',
    'documents:read-all',
    'documents:write-all',
    'invoices:read-all',
    'invoices:write-all',
    'content:manage',
    'messages:all',
    'events:manage',
    'events:check-in',
  ],
  'account-manager': [
    'customers:read-own',
    'customers:write-own',
    'orders:read-own',
    'orders:write-own',
    'help:manage',
    'documents:read-own',
    'documents:write-own',
    // They see their customers' invoices to answer questions; finance issues and settles them.
    'invoices:read-own',
    // The customer's direct line is to their own account manager (or whoever covers for them).
    'messages:own',
    // Account managers host their customers at events and help at the gate.
    'events:check-in',
  ],
  // Marketing never sees a contract or an invoice: none of the document capabilities.
  marketing: [
    'customers:read-all',
    'orders:read-all',
    'help:manage',
    'content:manage',
    'events:manage',
    'events:check-in',
  ],
  // Finance reviews the audit trail (who changed orders and customer data) and manages invoices,
  // without seeing contracts or other documents.
  finance: [
    'customers:read-all',
    'orders:read-all',
    'audit:read',
    'invoices:read-all',
    'invoices:write-all',
  ],
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
