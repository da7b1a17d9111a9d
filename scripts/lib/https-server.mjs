// HTTPS without a proxy: when TLS_CERT_FILE and TLS_KEY_FILE are set, the production server
// (scripts/lib/server.mjs) serves on Node's own `https` server built here. Importable on its own,
// so it can be tested without a Next build.
import { readFileSync } from 'node:fs'
import https from 'node:https'
import path from 'node:path'
import tls from 'node:tls'

/** TLS 1.0 and 1.1 are deprecated (RFC 8996): clients that offer nothing newer are refused. */
export const MIN_TLS_VERSION = 'TLSv1.2'

/**
 * Mozilla's "intermediate" profile without DHE: TLS 1.3's suites, and for TLS 1.2 only AEAD
 * suites with forward secrecy (ECDHE with AES-GCM or ChaCha20-Poly1305). No CBC suite, so
 * nothing for LUCKY13-style padding attacks; the server's order wins.
 */
export const CIPHERS = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':')

/** What every TLS context of the server uses. */
export const TLS_OPTIONS = { minVersion: MIN_TLS_VERSION, ciphers: CIPHERS, honorCipherOrder: true }

/**
 * The certificate files named by the environment, or null when TLS is not configured.
 * Throws when only one of TLS_CERT_FILE and TLS_KEY_FILE is set.
 * @param {Record<string, string | undefined>} env
 * @returns {{ certFile: string, keyFile: string, caFile?: string } | null}
 */
export function tlsFilesFromEnv(env) {
  const certFile = env.TLS_CERT_FILE || undefined
  const keyFile = env.TLS_KEY_FILE || undefined
  const caFile = env.TLS_CA_FILE || undefined
  if (!certFile && !keyFile) {
    if (caFile) throw new Error('TLS_CA_FILE is set, but TLS_CERT_FILE and TLS_KEY_FILE are not.')
    return null
  }
  if (!certFile || !keyFile) {
    const [set, missing] = certFile
      ? ['TLS_CERT_FILE', 'TLS_KEY_FILE']
      : ['TLS_KEY_FILE', 'TLS_CERT_FILE']
    throw new Error(
      `${set} is set but ${missing} is not: set both to serve HTTPS, or neither to serve plain HTTP (behind a TLS-terminating proxy).`,
    )
  }
  return { certFile, keyFile, caFile }
}

function readPem(variable, file) {
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new Error(`${variable}: cannot read ${path.resolve(file)} (${err.code ?? err.message}).`)
  }
  if (!text.includes('-----BEGIN ')) {
    throw new Error(`${variable}: ${path.resolve(file)} is not a PEM file (no "-----BEGIN" line).`)
  }
  return text
}

/**
 * Reads the PEM files; every error names the variable and the file.
 * @param {{ certFile: string, keyFile: string, caFile?: string }} files
 */
export function readTlsFiles({ certFile, keyFile, caFile }) {
  const pems = {
    cert: readPem('TLS_CERT_FILE', certFile),
    key: readPem('TLS_KEY_FILE', keyFile),
    ca: caFile ? readPem('TLS_CA_FILE', caFile) : undefined,
  }
  try {
    // What the server will do with them: catches a key that does not belong to the certificate,
    // an encrypted key, or PEM that OpenSSL cannot parse.
    tls.createSecureContext({ ...pems, ...TLS_OPTIONS })
  } catch (err) {
    throw new Error(
      `TLS_CERT_FILE ${path.resolve(certFile)} and TLS_KEY_FILE ${path.resolve(keyFile)} cannot be used together: ${err.message}`,
    )
  }
  return pems
}

/**
 * Serving TLS itself, this server is the edge: no proxy stands in front that could vouch for
 * these headers, so a client could only use them to fake its address (audit log, rate limits)
 * or host. Next then derives them from the connection itself.
 * @param {import('node:http').IncomingMessage} req
 */
export function dropForwardedHeaders(req) {
  for (const name of Object.keys(req.headers)) {
    if (name === 'forwarded' || name.startsWith('x-forwarded-')) delete req.headers[name]
  }
}

/**
 * An HTTPS server (not yet listening) that accepts TLS 1.2 and 1.3 only and drops any
 * X-Forwarded-* / Forwarded header a client sends.
 * @param {{ certFile: string, keyFile: string, caFile?: string, handler: import('node:http').RequestListener }} opts
 * @returns {import('node:https').Server}
 */
export function createTlsServer({ certFile, keyFile, caFile, handler }) {
  const { cert, key, ca } = readTlsFiles({ certFile, keyFile, caFile })
  // `ca` completes the chain sent to clients when the certificate file holds only the leaf;
  // this server does not ask clients for certificates.
  return https.createServer({ cert, key, ca, ...TLS_OPTIONS }, (req, res) => {
    dropForwardedHeaders(req)
    return handler(req, res)
  })
}

/** Stops accepting connections, lets running requests finish, then drops idle keep-alives. */
export function closeGracefully(server, { timeoutMs = 10_000 } = {}) {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs)
    force.unref()
    server.close(() => {
      clearTimeout(force)
      resolve()
    })
    server.closeIdleConnections()
  })
}
