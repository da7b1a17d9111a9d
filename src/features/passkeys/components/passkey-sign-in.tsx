/** Passwordless sign-in with a passkey, on the sign-in page (built in the passkeys feature). */
export function PasskeySignIn(_props: { locale: string; next?: string }) {
  return null
}
