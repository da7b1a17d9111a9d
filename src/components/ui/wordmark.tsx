/** The brand wordmark as text, so it scales, tints and reads out correctly. */
export function Wordmark({ className = '' }: { className?: string }) {
  return (
    <span
      className={`font-light tracking-[0.42em] uppercase ${className}`}
      aria-label="Donkervoort"
    >
      Donkervoort
    </span>
  )
}
