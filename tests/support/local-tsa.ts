import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A real RFC 3161 timestamp authority for tests: Debian's `openssl ts -reply` behind a small
 * HTTP server, with its own CA and a TSA certificate (extendedKeyUsage critical timeStamping).
 * `mode` makes it answer what a broken TSA would: an HTTP error, or a refusal from openssl
 * itself (a TSA that only accepts SHA-512 imprints rejects our SHA-256 one), or a valid token
 * for other data than was asked (a misbehaving or replaying TSA).
 */
export type TLocalTsa = {
  url: string
  dir: string
  caFile: string
  tsaCertFile: string
  mode: 'ok' | 'http-error' | 'refuse' | 'other-data'
  close(): Promise<void>
}

const openssl = (dir: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })

const config = (dir: string, digests: string) => `
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = ${dir}
serial = ${dir}/serial
crypto_device = builtin
signer_cert = ${dir}/tsa.crt
certs = ${dir}/tsa.crt
signer_key = ${dir}/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = ${digests}
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`

export async function startLocalTsa(): Promise<TLocalTsa> {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-tsa-'))
  const subj = (cn: string) => ['-subj', `/CN=${cn}/O=Test TSA/C=NL`]
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    ...subj('Test TSA Root'),
  ])
  openssl(dir, [
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    ...subj('Test TSA'),
  ])
  writeFileSync(
    path.join(dir, 'tsa.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n',
  )
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.crt',
    '-days',
    '2',
    '-extfile',
    'tsa.ext',
  ])
  writeFileSync(path.join(dir, 'serial'), '01\n')
  writeFileSync(path.join(dir, 'tsa.cnf'), config(dir, 'sha256, sha384, sha512'))
  writeFileSync(path.join(dir, 'tsa-sha512.cnf'), config(dir, 'sha512'))

  let n = 0
  const tsa: TLocalTsa = {
    url: '',
    dir,
    caFile: path.join(dir, 'ca.crt'),
    tsaCertFile: path.join(dir, 'tsa.crt'),
    mode: 'ok',
    close: () =>
      new Promise<void>((done) =>
        server.close(() => (rmSync(dir, { recursive: true, force: true }), done())),
      ),
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (
        tsa.mode === 'http-error' ||
        req.headers['content-type'] !== 'application/timestamp-query'
      ) {
        res.writeHead(503).end('unavailable')
        return
      }
      const query = path.join(dir, `q${++n}.tsq`)
      const reply = path.join(dir, `r${n}.tsr`)
      writeFileSync(query, Buffer.concat(chunks))
      if (tsa.mode === 'other-data')
        openssl(dir, ['ts', '-query', '-data', 'tsa.cnf', '-sha256', '-cert', '-out', query])
      const cnf = tsa.mode === 'refuse' ? 'tsa-sha512.cnf' : 'tsa.cnf'
      openssl(dir, ['ts', '-reply', '-queryfile', query, '-config', cnf, '-out', reply])
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(reply))
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  tsa.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`
  return tsa
}
