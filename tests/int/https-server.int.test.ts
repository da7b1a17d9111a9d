import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeGracefully, createTlsServer } from '../../scripts/lib/https-server.mjs'

// The TLS half of `npm start`'s own HTTPS server (scripts/lib/https-server.mjs) with a trivial
// handler instead of Next, on a throwaway self-signed certificate made by openssl.
const serverScript = path.resolve(import.meta.dirname, '../../scripts/lib/server.mjs')
const hasOpenssl = spawnSync('openssl', ['version']).status === 0
if (!hasOpenssl) {
  process.stderr.write(
    'https-server tests skipped: openssl is not installed (needed for a test certificate)\n',
  )
}

type TlsResult = { ok: true; protocol: string | null } | { ok: false; error: string }

describe.skipIf(!hasOpenssl)('HTTPS server (TLS_CERT_FILE / TLS_KEY_FILE)', () => {
  let dir: string
  let certFile: string
  let keyFile: string
  let server: https.Server
  let port: number

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'portal-tls-'))
    certFile = path.join(dir, 'cert.pem')
    keyFile = path.join(dir, 'key.pem')
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { encoding: 'utf8' },
    )
    if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`)
    server = createTlsServer({
      certFile,
      keyFile,
      handler: (req, res) => {
        if (req.url === '/headers') return res.end(JSON.stringify(req.headers))
        res.setHeader('content-type', 'text/plain')
        res.end('hello over tls')
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    if (server) await closeGracefully(server)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function handshake(opts: tls.ConnectionOptions): Promise<TlsResult> {
    return new Promise((resolve) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port,
        servername: 'localhost',
        rejectUnauthorized: false,
        ...opts,
      })
      socket.once('secureConnect', () => {
        const protocol = socket.getProtocol()
        socket.end()
        resolve({ ok: true, protocol })
      })
      socket.once('error', (err: NodeJS.ErrnoException) =>
        resolve({ ok: false, error: err.code ?? err.message }),
      )
    })
  }

  it('answers HTTPS requests with the configured certificate', async () => {
    const { status, body, subject } = await new Promise<{
      status?: number
      body: string
      subject: unknown
    }>((resolve, reject) => {
      // The test trusts exactly this certificate; nothing is accepted blindly.
      const req = https.get(
        { host: '127.0.0.1', port, path: '/', servername: 'localhost', ca: readFileSync(certFile) },
        (res) => {
          const subject = (res.socket as tls.TLSSocket).getPeerCertificate().subject.CN
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (body += c))
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              body,
              subject,
            }),
          )
        },
      )
      req.on('error', reject)
    })
    expect(status).toBe(200)
    expect(body).toBe('hello over tls')
    expect(subject).toBe('localhost')
  })

  it('drops X-Forwarded-* and Forwarded headers sent by clients (no proxy vouches for them)', async () => {
    const headers = await new Promise<Record<string, string>>((resolve, reject) => {
      const req = https.get(
        {
          host: '127.0.0.1',
          port,
          path: '/headers',
          servername: 'localhost',
          ca: readFileSync(certFile),
          headers: {
            'x-forwarded-for': '203.0.113.9',
            'x-forwarded-host': 'evil.example',
            'x-forwarded-proto': 'http',
            forwarded: 'for=203.0.113.9',
            'x-request-id': 'kept',
          },
        },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve(JSON.parse(body)))
        },
      )
      req.on('error', reject)
    })
    expect(Object.keys(headers).filter((h) => /forwarded/.test(h))).toEqual([])
    expect(headers['x-request-id']).toBe('kept')
  })

  it('refuses a client that speaks at most TLS 1.1', async () => {
    // SECLEVEL=0 lets this client really offer TLS 1.0/1.1 (OpenSSL 3 would otherwise refuse on
    // its own side), so the refusal below is the server's: a protocol_version alert.
    const r = await handshake({
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
    })
    expect(r).toEqual({ ok: false, error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' })
  })

  it('accepts TLS 1.2', async () => {
    const r = await handshake({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })
    expect(r).toEqual({ ok: true, protocol: 'TLSv1.2' })
  })

  it.each(['ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA', 'AES128-SHA', 'AES256-GCM-SHA384'])(
    'refuses a TLS 1.2 client that offers only %s (CBC or no forward secrecy)',
    async (cipher) => {
      const r = await handshake({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: cipher })
      expect(r.ok).toBe(false)
    },
  )

  it.each([
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-RSA-CHACHA20-POLY1305',
  ])('accepts a TLS 1.2 client that offers only %s', async (cipher) => {
    const r = await handshake({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: cipher })
    expect(r).toEqual({ ok: true, protocol: 'TLSv1.2' })
  })

  it("prefers its own order over the client's", async () => {
    const cipher = await new Promise<string | undefined>((resolve, reject) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port,
        servername: 'localhost',
        rejectUnauthorized: false,
        maxVersion: 'TLSv1.2',
        ciphers: 'ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256',
      })
      socket.once('secureConnect', () => {
        resolve(socket.getCipher().standardName)
        socket.end()
      })
      socket.once('error', reject)
    })
    expect(cipher).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')
  })

  it('accepts TLS 1.3', async () => {
    const r = await handshake({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' })
    expect(r).toEqual({ ok: true, protocol: 'TLSv1.3' })
  })

  it('names the key file it cannot read', () => {
    const missing = path.join(dir, 'no-such-key.pem')
    expect(() => createTlsServer({ certFile, keyFile: missing, handler: () => {} })).toThrow(
      `TLS_KEY_FILE: cannot read ${missing} (ENOENT)`,
    )
  })

  it('refuses a file that is not PEM', () => {
    const junk = path.join(dir, 'junk.pem')
    writeFileSync(junk, 'not a certificate')
    expect(() => createTlsServer({ certFile: junk, keyFile, handler: () => {} })).toThrow(
      `TLS_CERT_FILE: ${junk} is not a PEM file`,
    )
  })

  it('refuses a key that does not belong to the certificate', () => {
    const otherKey = path.join(dir, 'other-key.pem')
    const r = spawnSync('openssl', ['genpkey', '-algorithm', 'RSA', '-out', otherKey])
    expect(r.status).toBe(0)
    expect(() => createTlsServer({ certFile, keyFile: otherKey, handler: () => {} })).toThrow(
      /cannot be used together: .*key values mismatch/,
    )
  })

  // The entry point exits before loading Next, so these run without a build.
  it('exits 1 with a clear message when only the certificate is set', () => {
    const r = runServer({ TLS_CERT_FILE: certFile })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('TLS_CERT_FILE is set but TLS_KEY_FILE is not')
  })

  it('exits 1 naming the key file when it does not exist', () => {
    const missing = path.join(dir, 'gone.pem')
    const r = runServer({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: missing })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`TLS_KEY_FILE: cannot read ${missing}`)
  })
})

function runServer(tlsEnv: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' }
  delete env.TLS_CERT_FILE
  delete env.TLS_KEY_FILE
  delete env.TLS_CA_FILE
  return spawnSync(process.execPath, [serverScript], {
    env: { ...env, ...tlsEnv },
    encoding: 'utf8',
    timeout: 30_000,
  })
}
