/**
 * Calls a route handler as Next's router does for a dynamic route: with the path's segments as
 * `params`. `pattern` names them, e.g. '/api/auth/passkeys/[id]' or
 * '/api/auth/oidc/[provider]/[step]'; segments of the request URL fill them by position.
 */
export function routedAs<P extends Record<string, string>>(
  pattern: string,
  handler: (req: Request, ctx: { params: Promise<P> }) => Promise<Response>,
) {
  const names = pattern.split('/')
  return (req: Request) => {
    const parts = new URL(req.url).pathname.split('/')
    const params: Record<string, string> = {}
    names.forEach((name, i) => {
      const m = /^\[(\w+)\]$/.exec(name)
      if (m) params[m[1]] = decodeURIComponent(parts[i] ?? '')
    })
    return handler(req, { params: Promise.resolve(params as P) })
  }
}
