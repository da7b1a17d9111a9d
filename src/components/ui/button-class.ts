const VARIANTS = {
  primary:
    'bg-amber text-ink hover:bg-amber-bright disabled:opacity-60 px-7 py-3.5 text-xs tracking-[0.2em] uppercase',
  ghost:
    'border border-line text-ivory hover:border-amber hover:text-amber px-6 py-3 text-xs tracking-[0.2em] uppercase',
  quiet: 'text-mist hover:text-amber underline-offset-4 hover:underline text-sm',
} as const

export type TButtonVariant = keyof typeof VARIANTS

/**
 * The classes of our buttons, for a plain `<button>` or `<a>` that must look like `Button`
 * without bringing its `asChild` machinery (Radix Slot) into a client bundle.
 */
export function buttonClass(variant: TButtonVariant = 'primary', className = ''): string {
  return `inline-flex items-center justify-center gap-2 transition-colors duration-200 disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`
}
