/** "Sign in with …" for every configured OpenID provider of the audience. */
export function SsoButtons(_props: {
  audience: 'customers' | 'staff'
  locale: string
  next?: string
}) {
  return null
}
