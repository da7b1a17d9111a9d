import type { TInvoiceState } from '@/lib/documents/invoice-status'

const STYLES: Record<TInvoiceState, string> = {
  open: 'border-amber/60 text-amber',
  overdue: 'border-danger/70 text-danger bg-danger/10',
  paid: 'border-success/60 text-success',
}

export function StatusBadge({ state, label }: { state: TInvoiceState; label: string }) {
  return (
    <span
      data-testid="status-badge"
      data-state={state}
      className={`inline-flex items-center border px-2.5 py-1 text-[0.65rem] tracking-[0.2em] uppercase ${STYLES[state]}`}
    >
      {label}
    </span>
  )
}
