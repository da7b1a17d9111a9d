import Link from 'next/link'

/** The back office's way to the staff inbox, below the collection links. */
export function InboxNavLink() {
  return (
    <Link href="/admin/inbox" className="nav__link" style={{ padding: '0.4rem 0' }}>
      Inbox
    </Link>
  )
}
