import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The EICAR test file: every scanner flags it, and it harms nothing. */
export const EICAR = Buffer.from(
  'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*',
  'latin1',
)
// clamd marks signatures from a database of one's own as UNOFFICIAL.
const SIGNATURE_NAME = 'Portal.Test.EICAR'
export const EICAR_SIGNATURE = `${SIGNATURE_NAME}.UNOFFICIAL`

const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((p) => existsSync(p))

/** Why the clamd tests cannot run here, or null. In CI clamd is installed by .ci/run: never skip. */
export function clamdMissing(ci: boolean): string | null {
  if (CLAMD) return null
  if (ci) throw new Error('clamd is not installed; .ci/run installs clamav-daemon')
  return 'clamd is not installed (apt-get install clamav-daemon): virus-scan tests skipped'
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => s.write('zPING\0'))
    s.on('data', (b) => resolve(b.toString().startsWith('PONG')))
    s.on('error', () => resolve(false))
    s.setTimeout(1000, () => (s.destroy(), resolve(false)))
  })
}

/**
 * Debian's clamd on 127.0.0.1:`port` with a signature database of our own (no database can be
 * downloaded here): one body signature that finds the EICAR string anywhere in a file.
 */
export async function startClamd(port: number): Promise<{ stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'files-clamd-'))
  writeFileSync(
    path.join(dir, 'portal-test.ndb'),
    `${SIGNATURE_NAME}:0:*:${EICAR.toString('hex')}\n`,
  )
  const conf = path.join(dir, 'clamd.conf')
  writeFileSync(
    conf,
    [
      `DatabaseDirectory ${dir}`,
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      'Foreground yes',
      `PidFile ${path.join(dir, 'clamd.pid')}`,
      'StreamMaxLength 64M',
      'LogTime no',
    ].join('\n'),
  )
  const child: ChildProcess = spawn(CLAMD!, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (b) => (stderr += b))
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (await ping(port)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  if (!(await ping(port))) {
    child.kill('SIGKILL')
    throw new Error(`clamd did not start: ${stderr}`)
  }
  return {
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
