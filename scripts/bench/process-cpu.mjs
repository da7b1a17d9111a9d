// CPU time used by a process and all its descendants (Linux /proc), in milliseconds. Divided by
// the requests served it gives the CPU cost of one request, which stays meaningful on a busy
// machine where requests per second mostly measure what else is running.
import { readdirSync, readFileSync } from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on Linux

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces: fields start after its closing parenthesis.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * TICK_MS }
  } catch {
    return null
  }
}

/** @param {number} rootPid @returns {number | null} null where /proc is missing */
export function treeCpuMs(rootPid) {
  let pids
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return null
  }
  const stats = new Map()
  for (const d of pids) {
    const s = stat(d)
    if (s) stats.set(Number(d), s)
  }
  let total = 0
  const inTree = (pid) => {
    for (let p = pid, depth = 0; p > 1 && depth < 10; depth++) {
      if (p === rootPid) return true
      p = stats.get(p)?.ppid ?? 0
    }
    return false
  }
  for (const [pid, s] of stats) if (inTree(pid)) total += s.cpu
  return total
}
