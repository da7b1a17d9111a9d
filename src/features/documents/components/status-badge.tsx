import type { TInvoiceState } from '@/lib/documents/invoice-status'

type TBadgeState = TInvoiceState | 'to-sign' | 'signed'

const STYLES: Record<TBadgeState, string> = {
  open: 'border-amber/60 text-amber',
  overdue: 'border-danger/70 text-danger bg-danger/10',
  paid: 'border-success/60 text-success',
  'to-sign': 'border-amber bg-amber/10 text-amber',
  signed: 'border-success/60 text-success',
}

export function StatusBadge({
  state,
  label,
  testId = 'status-badge',
}: {
  state: TBadgeState
  label: string
  testId?: string
}) {
  return (
    <span
      data-testid={testId}
      data-state={state}
      className={`inline-flex items-center border px-2.5 py-1 text-[0.65rem] tracking-[0.2em] uppercase ${STYLES[state]}`}
    >
      {label}
    </span>
  )
}
