import { notFound } from 'next/navigation'

/** Unknown portal paths render the portal's own, translated 404. */
export default function CatchAll() {
  notFound()
}
