// oidc-provider ships no type declarations; the tests use a small, loosely typed part of it.
declare module 'oidc-provider' {
  const Provider: new (issuer: string, configuration: Record<string, unknown>) => any // eslint-disable-line @typescript-eslint/no-explicit-any
  export default Provider
}
