import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { isHttps, securityHeaders } from './src/lib/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const withNextIntl = createNextIntlPlugin('./src/lib/i18n/request.ts')

const nextConfig: NextConfig = {
  // Lets parallel checkouts or test runs build side by side (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Every route, static files included. Pages get their own nonce-based CSP from src/proxy.ts,
  // which replaces the baseline one set here. HSTS here follows the PUBLIC_URL seen at build
  // time (static files); the proxy adds it at run time to everything it handles.
  // The file route sends a policy and a frame rule of its own per file (a sandbox; document PDFs
  // framable by our own pages only, src/features/files/file-headers.ts): the baseline would
  // replace them.
  headers: async () => {
    const all = securityHeaders({ https: isHttps(process.env.PUBLIC_URL) })
    const perFile = (h: { key: string }) =>
      h.key === 'content-security-policy' || h.key === 'x-frame-options'
    return [
      { source: '/:path*', headers: all.filter((h) => !perFile(h)) },
      { source: '/:path((?!api/files/).*)', headers: all.filter(perFile) },
    ]
  },
  // Server actions: Next refuses a POST whose Origin host differs from Host/X-Forwarded-Host.
  // A reverse proxy that forwards Host (or sets X-Forwarded-Host) needs nothing more; one that
  // rewrites Host would need experimental.serverActions.allowedOrigins — not set on purpose.
  // One copy of the metrics registry for all route bundles (src/lib/metrics/registry.ts).
  serverExternalPackages: ['prom-client'],
  turbopack: { root: path.resolve(dirname) },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

const withAll = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
const payloadHeaders = withAll.headers

/**
 * Payload asks every response for the colour-scheme client hint (`Accept-CH` + `Critical-CH`), which
 * makes Chromium fetch a first-visit document twice. Only Payload's admin themes by it: the hint is
 * asked for under /admin only.
 */
export default {
  ...withAll,
  headers: async () =>
    ((await payloadHeaders?.()) ?? []).map((rule) =>
      rule.headers.some((h) => h.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    ),
} satisfies NextConfig
