// Static files (the build's /_next/static/* and everything in public/) are read-only: any method
// but GET and HEAD gets 405 with Allow here, before Next — whose static handler would answer
// such a request with a 500 and an error-level log line, as if it were our fault.
import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * URL paths of the files under `dir` (e.g. public/brand/mark.svg → /brand/mark.svg).
 * @param {string} dir
 * @returns {Set<string>}
 */
export function publicPaths(dir) {
  const paths = new Set()
  const walk = (folder, prefix) => {
    let entries = []
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const url = `${prefix}/${entry.name}`
      if (entry.isDirectory()) walk(path.join(folder, entry.name), url)
      else paths.add(url)
    }
  }
  walk(dir, '')
  return paths
}

/**
 * Wraps a request listener: a write to a static file is refused with 405.
 * @param {{ publicDir: string }} opts
 * @returns {(handler: import('node:http').RequestListener) => import('node:http').RequestListener}
 */
export function refuseStaticWrites({ publicDir }) {
  const files = publicPaths(publicDir)
  return (handler) => (req, res) => {
    const method = req.method ?? 'GET'
    if (method === 'GET' || method === 'HEAD') return handler(req, res)
    const pathname = decodeURIComponent((req.url ?? '/').split('?')[0])
    if (!pathname.startsWith('/_next/static/') && !files.has(pathname)) return handler(req, res)
    const requestId = String(req.headers['x-request-id'] ?? '')
    res.statusCode = 405
    res.setHeader('allow', 'GET, HEAD')
    res.setHeader('content-type', 'application/problem+json')
    res.setHeader('cache-control', 'no-store')
    res.end(
      JSON.stringify({
        type: 'about:blank',
        title: 'Method Not Allowed',
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        detail: 'Static files can only be read (GET, HEAD).',
        requestId,
      }),
    )
  }
}
