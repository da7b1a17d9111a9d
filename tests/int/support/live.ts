import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { readSse, type TSseEvent } from '../../../scripts/lib/sse-client.mjs'

/** An app instance of its own (tests/int/support/live-peer.ts) on one shared database. */
export type TPeer = {
  url: string
  child: ChildProcess
  mem: () => Promise<{ rss: number; heap: number; streams: number }>
}

/**
 * Starts a peer; a start that fails before the peer listens is tried again (up to three times),
 * and the last failure says how the peer ended.
 */
export async function startPeer(env: Record<string, string> = {}): Promise<TPeer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPeerOnce(env)
    } catch (err) {
      if (attempt >= 3) throw err
      process.stderr.write(`live peer start ${attempt} failed (${(err as Error).message}); again\n`)
    }
  }
}

async function startPeerOnce(env: Record<string, string>): Promise<TPeer> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      path.resolve('tests/support/server-only-off.cjs'),
      '--import',
      'tsx',
      'tests/int/support/live-peer.ts',
    ],
    {
      env: { ...process.env, JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const waiting: ((line: Record<string, number>) => void)[] = []
  let ready: (port: number) => void = () => {}
  const port = new Promise<number>((resolve, reject) => {
    ready = resolve
    child.once('exit', (code) => reject(new Error(`the peer ended (exit ${code})`)))
  })
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, number>
    try {
      line = JSON.parse(text)
    } catch {
      return
    }
    if (typeof line.port === 'number') ready(line.port)
    else if (typeof line.rss === 'number') waiting.shift()?.(line)
  })
  const url = `http://127.0.0.1:${await port}`
  return {
    url,
    child,
    mem: () =>
      new Promise((resolve) => {
        waiting.push(resolve as never)
        child.stdin!.write('mem\n')
      }),
  }
}

/** An open SSE stream and every event it has received, in order. */
export type TStream = {
  status: number
  events: TSseEvent[]
  comments: number
  /** The first event (from index `from`) that matches, or a rejection after `ms`. */
  waitFor: (match: (e: TSseEvent) => boolean, ms?: number) => Promise<TSseEvent>
  close: () => Promise<void>
}

export async function openStream(url: string, headers: Headers): Promise<TStream> {
  const abort = new AbortController()
  const res = await fetch(url, { headers, signal: abort.signal })
  const events: TSseEvent[] = []
  const listeners = new Set<() => void>()
  const stream: TStream = {
    status: res.status,
    events,
    comments: 0,
    waitFor: (match, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(match)
          if (!hit) return false
          listeners.delete(check)
          clearTimeout(timer)
          resolve(hit)
          return true
        }
        const timer = setTimeout(() => {
          listeners.delete(check)
          reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`))
        }, ms)
        if (!check()) listeners.add(check)
      }),
    close: async () => {
      abort.abort()
      await reading?.cancel()
    },
  }
  const reading =
    res.ok && res.body
      ? readSse(
          res.body,
          (e) => {
            events.push(e)
            for (const l of [...listeners]) l()
          },
          () => void stream.comments++,
        )
      : null
  return stream
}

export const dataOf = <T = Record<string, unknown>>(e: TSseEvent) => JSON.parse(e.data) as T
