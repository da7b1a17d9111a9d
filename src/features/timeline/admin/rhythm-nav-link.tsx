import Link from 'next/link'

/** The back office's way to the update rhythm view, below the collection links. */
export function RhythmNavLink() {
  return (
    <Link href="/admin/update-rhythm" className="nav__link" style={{ padding: '0.4rem 0' }}>
      Update rhythm
    </Link>
  )
}
