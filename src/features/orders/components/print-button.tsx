'use client'

import { Printer } from '@/components/ui/icons/printer'

/** The browser's own print dialog; the page's print styles (print: variants) do the layout. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center justify-center gap-2 border border-line text-ivory hover:border-amber hover:text-amber px-6 py-3 text-xs tracking-[0.2em] uppercase transition-colors"
    >
      <Printer size={14} aria-hidden="true" /> {label}
    </button>
  )
}
