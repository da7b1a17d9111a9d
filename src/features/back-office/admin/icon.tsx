/** Back-office nav emblem. */
export function Icon() {
  return (
    <svg
      className="dv-admin-icon"
      viewBox="0 0 64 64"
      width="28"
      height="28"
      aria-label="Donkervoort"
      role="img"
    >
      <circle cx="32" cy="32" r="29" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M22 18h11c9 0 15 6 15 14s-6 14-15 14H22z"
        fill="none"
        stroke="currentColor"
        strokeWidth="3.5"
      />
    </svg>
  )
}
