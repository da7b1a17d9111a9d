/** The confirm page (without locale prefix), coming back to `next` (a full portal path) afterwards. */
export function confirmHref(next: string) {
  return `/account/confirm?${new URLSearchParams({ next })}`
}
