// The benchmarks' common load: targets measured one after another, round after round, in one run,
// so machine noise falls on all of them alike; and their command-line flags.
import autocannon from 'autocannon'

/** A `--name value` flag of the command line, or the fallback. */
export const flag = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

export const say = (m) => process.stderr.write(`▸ ${m}\n`)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function load(url, headers, connections, seconds) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration: seconds, headers }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  )
}

/**
 * Warms every target up, then loads each for `duration` seconds per round, interleaved; answers
 * per target the mean req/s and the median p50/p99 of the rounds, and the failed requests.
 * @param {{ name: string, url: string, cookie?: string }[]} targets
 * @param {{ connections: number, duration: number, rounds: number, warmup: number }} opts
 */
export async function interleave(targets, { connections, duration, rounds, warmup }) {
  const headersOf = (t) => (t.cookie ? { cookie: t.cookie } : {})
  const runs = new Map(targets.map((t) => [t.name, []]))
  say(`warming up (${warmup} s per target)…`)
  for (const t of targets) await load(t.url, headersOf(t), connections, warmup)
  for (let round = 1; round <= rounds; round++)
    for (const t of targets) {
      say(`round ${round}/${rounds}: ${t.name}`)
      const r = await load(t.url, headersOf(t), connections, duration)
      runs.get(t.name).push({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        failed: r.non2xx + r.errors + r.timeouts,
      })
    }
  return targets.map((t) => {
    const rs = runs.get(t.name)
    return {
      target: t.name,
      rps: Math.round(rs.reduce((a, r) => a + r.rps, 0) / rs.length),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      failed: rs.reduce((a, r) => a + r.failed, 0),
    }
  })
}
