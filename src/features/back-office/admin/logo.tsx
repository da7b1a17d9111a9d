/** Back-office login wordmark. */
export function Logo() {
  return (
    <div className="dv-admin-logo">
      <span className="dv-admin-logo__word">DONKERVOORT</span>
      <span className="dv-admin-logo__sub">Back office</span>
    </div>
  )
}
