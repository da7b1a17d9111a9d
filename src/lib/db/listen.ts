import pg from 'pg'

import { logger } from '../logger'

export type TListener = {
  /** True while the LISTEN is in place: only then is every notification seen. */
  readonly connected: boolean
  close: () => Promise<void>
}

/**
 * One PostgreSQL connection that LISTENs on a channel and stays there: when the connection is
 * lost (the database restarts, a network cut) it reconnects with a growing pause (up to 5 s).
 * Notifications sent while it was away are lost, so `onReset` runs on every loss: whoever relies
 * on the channel must forget what it inferred from it (STACK-NOTES: LISTEN/NOTIFY).
 */
export function listen(args: {
  connectionString: string
  /** A plain identifier; it is written into the LISTEN statement. */
  channel: string
  onNotify: (payload: string) => void
  onReset: () => void
  /** The LISTEN is in place (first time and after every reconnect): catch up on what was missed. */
  onListening?: () => void
}): TListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(args.channel)) throw new Error(`bad channel ${args.channel}`)
  let client: pg.Client | null = null
  let connected = false
  let closed = false
  let pause = 250

  const lost = (err?: Error) => {
    const was = connected
    connected = false
    args.onReset()
    const old = client
    client = null
    old?.removeAllListeners()
    old?.on('error', () => {}) // a late error from the dead connection must not crash the process
    void old?.end().catch(() => {})
    if (closed) return
    if (was) logger.warn({ err, channel: args.channel }, 'database listener lost; reconnecting')
    setTimeout(connect, pause).unref()
    pause = Math.min(pause * 2, 5_000)
  }

  const connect = async () => {
    if (closed) return
    // keepAlive: a connection cut without a reset is noticed, not trusted for minutes.
    const c = new pg.Client({ connectionString: args.connectionString, keepAlive: true })
    client = c
    c.on('error', lost)
    c.on('end', () => client === c && lost())
    c.on('notification', (n) => {
      if (n.channel === args.channel) args.onNotify(n.payload ?? '')
    })
    try {
      await c.connect()
      await c.query(`LISTEN ${args.channel}`)
      if (client !== c) return
      connected = true
      pause = 250
      args.onListening?.()
    } catch (err) {
      if (client === c) lost(err as Error)
    }
  }
  void connect()

  return {
    get connected() {
      return connected
    },
    close: async () => {
      closed = true
      connected = false
      const c = client
      client = null
      c?.removeAllListeners()
      c?.on('error', () => {})
      await c?.end().catch(() => {})
    },
  }
}
