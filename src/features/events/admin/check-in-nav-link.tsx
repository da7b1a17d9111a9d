import Link from 'next/link'

/** The back office's way to the gate's check-in page, below the collection links. */
export function CheckInNavLink() {
  return (
    <Link href="/admin/check-in" className="nav__link" style={{ padding: '0.4rem 0' }}>
      Event check-in
    </Link>
  )
}
