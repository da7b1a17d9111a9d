import { SignedInNotFound } from '@/features/shell/not-found-view'

export default function NotFound() {
  return <SignedInNotFound />
}
