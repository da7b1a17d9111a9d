/**
 * Back-office nav emblem. Payload puts it in an 18 px box (the breadcrumb's home link) that clips
 * what overflows, so it scales to its box instead of having a size of its own; strokes are heavy
 * enough to read at that size.
 */
export function Icon() {
  return (
    <svg
      className="dv-admin-icon"
      viewBox="0 0 64 64"
      width="100%"
      height="100%"
      aria-label="Donkervoort"
      role="img"
    >
      <circle cx="32" cy="32" r="29" fill="none" stroke="currentColor" strokeWidth="4" />
      <path
        d="M22 18h11c9 0 15 6 15 14s-6 14-15 14H22z"
        fill="none"
        stroke="currentColor"
        strokeWidth="6"
      />
    </svg>
  )
}
