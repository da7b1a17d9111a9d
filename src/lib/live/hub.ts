import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { listen, type TListener } from '../db/listen'
import { postgresOf } from '../db/postgres'
import { env } from '../env'
import { logger } from '../logger'
import { LIVE_CHANNEL, type TRecipient } from './publish'

/** One stored event as a stream reads it. */
export type TLiveRow = { id: string; type: string; data: Record<string, string | null> }

/** One open stream of one signed-in person. */
export type TSubscriber = {
  recipient: TRecipient
  /** The id of the last event this stream has sent (or decided to skip). */
  lastId: string
  /** The SSE text of a stored event for this reader, or null when they may not see it. */
  render: (row: TLiveRow) => Promise<string | null>
  write: (text: string) => void
}

/** `wrote`: when the stream last sent anything (a heartbeat is due after a silent interval). */
type TState = { busy: boolean; again: boolean; wrote: number }

const BATCH = 100
const KEEP_EVENTS_HOURS = 48

/**
 * The process's live fan-out: one database connection LISTENs on `portal_live` for every stream
 * this process holds (never one per stream). A NOTIFY names a recipient and an event id; only that
 * recipient's streams read their new events from `live_events` (id > the last they sent), in
 * order, each stream one batch at a time. The same read serves a reconnect with Last-Event-ID and
 * the catch-up after the listener was lost, so nothing is missed and nothing is sent twice.
 */
export class LiveHub {
  private subs = new Map<TRecipient, Set<TSubscriber>>()
  private state = new WeakMap<TSubscriber, TState>()
  private readonly listener: TListener
  private readonly timers: NodeJS.Timeout[]

  constructor(private readonly payload: Payload) {
    this.listener = listen({
      connectionString: env.DATABASE_URL,
      channel: LIVE_CHANNEL,
      onNotify: (message) => this.heard(message),
      onReset: () => {},
      onListening: () => this.pumpAll(),
    })
    this.timers = [
      setInterval(() => this.heartbeat(), (env.LIVE_HEARTBEAT_SECONDS * 1000) / 4),
      setInterval(() => void this.prune(), 3600_000),
    ]
    for (const t of this.timers) t.unref()
  }

  get listening(): boolean {
    return this.listener.connected
  }

  get size(): number {
    let n = 0
    for (const set of this.subs.values()) n += set.size
    return n
  }

  /** The newest event id of a recipient: where a fresh stream (no Last-Event-ID) starts. */
  latestId(recipient: TRecipient): Promise<string> {
    return latestLiveEventId(this.payload, recipient)
  }

  /** Adds a stream and sends it whatever it has missed since `lastId`. */
  subscribe(sub: TSubscriber): () => void {
    let set = this.subs.get(sub.recipient)
    if (!set) this.subs.set(sub.recipient, (set = new Set()))
    set.add(sub)
    this.state.set(sub, { busy: false, again: false, wrote: Date.now() })
    void this.pump(sub)
    return () => {
      set.delete(sub)
      if (set.size === 0 && this.subs.get(sub.recipient) === set) this.subs.delete(sub.recipient)
    }
  }

  private heard(message: string) {
    if (message.startsWith('~')) return this.ephemeral(message.slice(1))
    const recipient = message.slice(0, message.indexOf(' ')) as TRecipient
    for (const sub of this.subs.get(recipient) ?? []) void this.pump(sub)
  }

  private ephemeral(json: string) {
    let parsed: { to: TRecipient[]; event: string; data: Record<string, string> }
    try {
      parsed = JSON.parse(json)
    } catch {
      return
    }
    const text = `event: ${parsed.event}\ndata: ${JSON.stringify(parsed.data)}\n\n`
    for (const r of parsed.to) for (const sub of this.subs.get(r) ?? []) this.send(sub, text)
  }

  /** Sends a stream its events after `lastId`, one batch at a time; a call while busy runs again after. */
  private async pump(sub: TSubscriber): Promise<void> {
    const st = this.state.get(sub)
    if (!st) return
    if (st.busy) {
      st.again = true
      return
    }
    st.busy = true
    try {
      let more = true
      while (more || st.again) {
        st.again = false
        const { rows } = await postgresOf(this.payload).drizzle.execute(sql`
          select id::text as id, type, data from live_events
          where recipient = ${sub.recipient} and id > ${sub.lastId}::bigint
          order by id limit ${BATCH}`)
        for (const row of rows as TLiveRow[]) {
          const text = await sub.render(row)
          if (text) this.send(sub, `id: ${row.id}\n${text}`)
          sub.lastId = row.id
        }
        more = rows.length === BATCH
      }
    } catch (err) {
      logger.warn({ err, recipient: sub.recipient }, 'live stream could not read its events')
    } finally {
      st.busy = false
    }
  }

  private pumpAll() {
    for (const set of this.subs.values()) for (const sub of set) void this.pump(sub)
  }

  private send(sub: TSubscriber, text: string) {
    const st = this.state.get(sub)
    if (st) st.wrote = Date.now()
    sub.write(text)
  }

  /**
   * A comment on each stream that has been silent for the heartbeat interval, so proxies keep it
   * open. Each stream keeps its own clock (from when it opened or last sent), checked four times
   * an interval: a thousand streams do not all get theirs in the same tick, where a message
   * arriving then would wait behind a thousand writes.
   */
  private heartbeat() {
    const due = Date.now() - env.LIVE_HEARTBEAT_SECONDS * 1000
    for (const set of this.subs.values())
      for (const sub of set) {
        const st = this.state.get(sub)
        if (st && st.wrote <= due) this.send(sub, `: heartbeat\n\n`)
      }
  }

  /** Events older than two days are gone: a stream that was away that long reloads its page. */
  private async prune() {
    try {
      await postgresOf(this.payload).drizzle.execute(
        sql`delete from live_events where created_at < now() - make_interval(hours => ${KEEP_EVENTS_HOURS})`,
      )
    } catch (err) {
      logger.warn({ err }, 'old live events could not be pruned')
    }
  }
}

/**
 * The newest event id of a recipient ("0" when none). A page that a live stream keeps current
 * renders it, and its stream starts there (`?lastEventId=`), so an event between the render and
 * the connect is replayed, not missed.
 */
export async function latestLiveEventId(payload: Payload, recipient: TRecipient): Promise<string> {
  const { rows } = await postgresOf(payload).drizzle.execute(
    sql`select coalesce(max(id), 0)::text as id from live_events where recipient = ${recipient}`,
  )
  return String((rows[0] as { id: string }).id)
}

const KEY = Symbol.for('donkervoort.portal.live-hub')
type TGlobal = typeof globalThis & { [KEY]?: LiveHub }

/** This process's hub, one per process even when several route bundles load this module. */
export function liveHub(payload: Payload): LiveHub {
  const g = globalThis as TGlobal
  return (g[KEY] ??= new LiveHub(payload))
}
