/** The customer's passkeys on the Security page: list, name, add, remove. */
export function PasskeysSection(_props: { locale: string; customerId: string }) {
  return null
}
