// Starts `npm start` (scripts/start.mjs: built first if needed, the cluster, embedded PostgreSQL
// with demo data) on its own data directory and port, for the benchmarks; answers its URL, its
// process id and a stop.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** @param {{ port: number, pgPort: string, dataDir: string, env?: Record<string, string> }} args */
export async function startPortal({ port, pgPort, dataDir, env: extra = {} }) {
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: path.resolve(root, dataDir),
    EMBEDDED_PG_PORT: pgPort,
    PUBLIC_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  delete env.DATABASE_URL
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://localhost:${port}`
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    // npm start builds first when there is no build yet (several minutes here).
    if (i > 1800) throw new Error('the portal did not become ready in 15 minutes')
    await new Promise((r) => setTimeout(r, 500))
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
  return { url, stop, pid: child.pid }
}
