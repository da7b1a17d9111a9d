// Every core serves: the production server runs as Node's `cluster` primary with one worker per
// core (WEB_CONCURRENCY to change it; 1 = no cluster, the server runs in this process). Workers
// share the listening socket; the primary only supervises:
// - exactly one worker works the jobs queue (JOBS_AUTORUN as configured); the others get
//   JOBS_AUTORUN=false, so a job is never picked up by two processes at once;
// - a worker that dies is started again (the jobs role goes to its replacement), with a pause
//   when workers keep dying, so a broken build does not spin the CPU;
// - SIGTERM/SIGINT: every worker closes its server gracefully, then the primary exits 0.
import cluster from 'node:cluster'
import os from 'node:os'

/**
 * How many workers: WEB_CONCURRENCY when set, else one per core. Validated like the app's
 * settings (src/lib/env.ts), but read here because the primary never loads the app.
 * @param {Record<string, string | undefined>} env
 */
export function workerCount(env) {
  const raw = env.WEB_CONCURRENCY
  if (raw === undefined || raw === '') return os.availableParallelism()
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}".`)
  return n
}

/**
 * @param {{ workers: number, env: Record<string, string | undefined>, log: (m: string) => void, shutdownTimeoutMs?: number }} opts
 */
export function runPrimary({ workers, env, log, shutdownTimeoutMs = 15_000 }) {
  const jobsWanted = env.JOBS_AUTORUN !== 'false'
  /** @type {Map<number, 'jobs' | 'web'>} worker id → role */
  const roles = new Map()
  const recentDeaths = []
  let stopping = false

  const fork = (role) => {
    const worker = cluster.fork({
      PORTAL_WORKER_ROLE: role,
      JOBS_AUTORUN: role === 'jobs' ? 'true' : 'false',
    })
    roles.set(worker.id, role)
  }

  cluster.on('exit', (worker, code, signal) => {
    const role = roles.get(worker.id) ?? 'web'
    roles.delete(worker.id)
    if (stopping) {
      if (roles.size === 0) process.exit(0)
      return
    }
    // A worker ending by itself with 0 was asked to stop (e.g. Ctrl-C reached it first).
    if (code === 0 && !signal) return
    log(
      `worker ${worker.process.pid} (${role}) died (${signal ?? `exit ${code}`}): starting another`,
    )
    const now = Date.now()
    recentDeaths.push(now)
    while (recentDeaths.length && now - recentDeaths[0] > 60_000) recentDeaths.shift()
    const pause = recentDeaths.length > workers * 3 ? 5_000 : 0
    setTimeout(() => !stopping && fork(role), pause)
  })

  const stop = () => {
    if (stopping) return
    stopping = true
    if (roles.size === 0) process.exit(0)
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    setTimeout(() => {
      log('workers did not stop in time: ending them')
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL')
      process.exit(1)
    }, shutdownTimeoutMs).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  for (let i = 0; i < workers; i++) fork(i === 0 && jobsWanted ? 'jobs' : 'web')
  log(
    `${workers} workers (one works the jobs queue${jobsWanted ? '' : ': off, JOBS_AUTORUN=false'})`,
  )
}
