/** "Use a passkey" as the second factor, on the sign-in check and step-up pages. */
export function PasskeyFactor(_props: {
  locale: string
  purpose: 'sign-in' | 'step-up'
  next?: string
}) {
  return null
}
