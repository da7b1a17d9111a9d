#!/usr/bin/env node
// Benchmark of the file route, against a running, built portal (`npm start` in another shell):
//  1. signs in as the demo administrator (password + demo authenticator key) over the REST API;
//  2. uploads a SIZE_MB video to order-media (multipart, streamed from disk) — stored encrypted;
//  3. downloads it through GET /api/files/[id] and, in the same run, a same-size plaintext file
//     through a minimal Node handler (fs.createReadStream piped to the response): throughput ratio;
//  4. samples the RSS of the portal's processes while it serves (the largest growth over idle);
//  5. times the first byte of a 1 MB range at the very end of the file (must not read the rest);
//  6. deletes the upload again (its blobs go with it).
// Usage: node scripts/bench/files.mjs [--url http://localhost:3000] [--size-mb 1024] [--pid <server pid>]
import { spawn, execFileSync } from 'node:child_process'
import { createCipheriv, randomBytes } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { once } from 'node:events'

import { TOTP } from 'otpauth'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const demo = JSON.parse(
  readFileSync(new URL('../../src/seed/demo-accounts.json', import.meta.url), 'utf8'),
)
const base = new URL(arg('url', 'http://localhost:3000'))
const MB = 1024 * 1024
const size = Number(arg('size-mb', 1024)) * MB
const rounds = Number(arg('rounds', 2))
const dir = mkdtempSync(path.join(tmpdir(), 'files-bench-'))
const plainPath = path.join(dir, 'walkaround.mp4')

function request(
  method,
  pathname,
  { headers = {}, body, port = base.port, host = base.hostname } = {},
) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, path: pathname, method, headers }, async (res) => {
      const chunks = []
      for await (const c of res) chunks.push(c)
      const text = Buffer.concat(chunks).toString('utf8')
      resolve({
        status: res.statusCode,
        headers: res.headers,
        json: text ? JSON.parse(text) : null,
      })
    })
    req.on('error', reject)
    if (body && typeof body.pipe === 'function') body.pipe(req)
    else req.end(body)
  })
}

/** A structurally valid MP4 (ftyp + one mdat box) of pseudo-random bytes, written to disk. */
async function writeVideo(file, bytes) {
  const out = createWriteStream(file)
  const ftyp = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex')
  const mdatHeader = Buffer.alloc(8)
  mdatHeader.writeUInt32BE(bytes - ftyp.length, 0)
  mdatHeader.write('mdat', 4, 'latin1')
  out.write(Buffer.concat([ftyp, mdatHeader]))
  const ctr = createCipheriv('aes-256-ctr', randomBytes(32), randomBytes(16))
  const zero = Buffer.alloc(4 * MB)
  for (let left = bytes - ftyp.length - 8; left > 0; left -= zero.length) {
    if (!out.write(ctr.update(left >= zero.length ? zero : zero.subarray(0, left))))
      await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

async function signIn() {
  const admin = demo.staff.find((s) => s.role === 'admin')
  const login = await request('POST', '/api/staff/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: demo.password }),
  })
  if (login.status !== 200) throw new Error(`staff login answered ${login.status}`)
  const auth = { authorization: `JWT ${login.json.token}` }
  const code = new TOTP({ secret: demo.staffTotpKey }).generate()
  const verify = await request('POST', '/api/auth/staff/verify', {
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'totp', code }),
  })
  if (verify.status !== 200) throw new Error(`second factor answered ${verify.status}`)
  return auth
}

/** Streams the file as multipart/form-data, as Payload's admin sends an upload. */
async function upload(auth, order) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n` +
      `${JSON.stringify({ order, alt: 'benchmark' })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-${path.basename(dir)}.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const { PassThrough } = await import('node:stream')
  const body = new PassThrough()
  ;(async () => {
    body.write(head)
    for await (const c of createReadStream(plainPath)) if (!body.write(c)) await once(body, 'drain')
    body.end(tail)
  })()
  const started = performance.now()
  const res = await request('POST', '/api/order-media', {
    headers: {
      ...auth,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + size + tail.length,
    },
    body,
  })
  if (res.status !== 201)
    throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.json)}`)
  return { doc: res.json.doc, seconds: (performance.now() - started) / 1000 }
}

/** Downloads and discards; bytes, seconds, time to first byte. */
function download({ port, pathname, headers = {} }) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let first = 0
    let bytes = 0
    http
      .get({ host: base.hostname, port, path: pathname, headers }, (res) => {
        res.on('data', (c) => {
          if (!first) first = performance.now()
          bytes += c.length
        })
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            bytes,
            seconds: (performance.now() - started) / 1000,
            ttfbMs: first - started || 0,
          }),
        )
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

function serverPid() {
  if (arg('pid')) return Number(arg('pid'))
  const out = execFileSync('ss', ['-ltnpH', `sport = :${base.port}`], { encoding: 'utf8' })
  const m = /pid=(\d+)/.exec(out)
  if (!m) throw new Error(`no process listens on port ${base.port}; pass --pid`)
  return Number(m[1])
}
const rssMiB = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024
// With `npm start`'s cluster the listening process is the primary and a worker serves the file,
// so the whole tree under the listener is sampled and the largest growth of one process counts.
function processTree(pid) {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean),
  )
  return [pid, ...children.map(Number).flatMap(processTree)]
}

async function baselineServer() {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const http=require('http'),fs=require('fs');const f=process.argv[1];const n=fs.statSync(f).size;
       const s=http.createServer((q,r)=>{r.writeHead(200,{'content-type':'video/mp4','content-length':n});fs.createReadStream(f).pipe(r)});
       s.listen(0,'127.0.0.1',()=>console.log(s.address().port))`,
      plainPath,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const [line] = await once(child.stdout, 'data')
  return { port: Number(String(line).trim()), stop: () => child.kill() }
}

const mibps = (r) => +(r.bytes / MB / r.seconds).toFixed(1)

await writeVideo(plainPath, size)
const auth = await signIn()
const orders = await request('GET', '/api/orders?limit=1&depth=0', { headers: auth })
const order = orders.json.docs[0].id
const uploaded = await upload(auth, order)
const fileId = uploaded.doc.storedFiles.original
const pid = serverPid()
const baseline = await baselineServer()
const filePath = `/api/files/${fileId}`

// Warm both paths once (module loading, first database connection), then let the process settle.
await download({
  port: base.port,
  pathname: filePath,
  headers: { ...auth, range: 'bytes=0-1048575' },
})
await new Promise((r) => setTimeout(r, 2000))
const tree = processTree(pid)
const idle = new Map(tree.map((p) => [p, rssMiB(p)]))
const peak = new Map(idle)
const sampler = setInterval(() => {
  for (const p of tree) peak.set(p, Math.max(peak.get(p), rssMiB(p)))
}, 50)

const portalRuns = []
const plainRuns = []
for (let i = 0; i < rounds; i++) {
  portalRuns.push(await download({ port: base.port, pathname: filePath, headers: auth }))
  plainRuns.push(await download({ port: baseline.port, pathname: '/' }))
}
clearInterval(sampler)

const ranges = []
for (let i = 0; i < 5; i++)
  ranges.push(
    await download({
      port: base.port,
      pathname: filePath,
      headers: { ...auth, range: `bytes=${size - MB}-${size - 1}` },
    }),
  )
baseline.stop()
const del = await request('DELETE', `/api/order-media/${uploaded.doc.id}`, { headers: auth })
rmSync(dir, { recursive: true, force: true })

for (const r of [...portalRuns, ...plainRuns])
  if (r.status !== 200 || r.bytes !== size) throw new Error(`bad download ${JSON.stringify(r)}`)
for (const r of ranges)
  if (r.status !== 206 || r.bytes !== MB) throw new Error(`bad range ${JSON.stringify(r)}`)
function rssFigures() {
  const [p] = tree.toSorted((a, b) => peak.get(b) - idle.get(b) - (peak.get(a) - idle.get(a)))
  const [i, m] = [idle.get(p), peak.get(p)]
  return {
    processes: tree.length,
    idle: +i.toFixed(0),
    peak: +m.toFixed(0),
    growth: +(m - i).toFixed(0),
  }
}
const best = (runs) => Math.max(...runs.map(mibps))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(
  JSON.stringify(
    {
      fileMiB: size / MB,
      uploadSeconds: +uploaded.seconds.toFixed(1),
      portalMiBps: portalRuns.map(mibps),
      plainMiBps: plainRuns.map(mibps),
      // Best against best and median against median: other load on the machine hits single runs.
      ratio: +(best(portalRuns) / best(plainRuns)).toFixed(2),
      ratioMedian: +(median(portalRuns.map(mibps)) / median(plainRuns.map(mibps))).toFixed(2),
      rssMiB: rssFigures(),
      lastMiBRange: {
        ttfbMsMedian: +median(ranges.map((r) => r.ttfbMs)).toFixed(1),
        totalMsMedian: +median(ranges.map((r) => r.seconds * 1000)).toFixed(1),
      },
      deleted: del.status === 200,
    },
    null,
    2,
  ),
)
