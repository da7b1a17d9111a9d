import { BareNotFound } from '@/features/shell/not-found-view'

export default function NotFound() {
  return <BareNotFound />
}
