import type { Customer, CustomerSession } from '@/payload-types'

import { listen, type TListener } from '../db/listen'
import { env } from '../env'

/** The database channel the customers and customer_sessions triggers notify (migration 20261202_070000). */
export const AUTH_CHANGED_CHANNEL = 'portal_auth_changed'

type TSessionHit = { session: CustomerSession; customer: Customer }
type TEntry = TSessionHit & { expires: number }

/** Enough for every signed-in customer of a busy day; the oldest entry goes first. */
const MAX_ENTRIES = 10_000
/** How long a local change blocks caching of its customer if its transaction never commits. */
const PENDING_MS = 5_000

/**
 * Session lookups of this process, kept for SESSION_CACHE_SECONDS (10 by default; 0: off) by
 * the session token's hash, so each entry belongs to exactly one browser's session.
 *
 * Revocation still ends a session everywhere within a second: triggers on `customers` and
 * `customer_sessions` NOTIFY the customer's id on every update or delete (sign-out, session
 * revoke, disable, password change, lastSeenAt), at commit. Every process LISTENs on one
 * connection (src/lib/db/listen.ts) and drops that customer's entries when it hears it. Without
 * that connection nothing is cached, and when it is lost everything is dropped: a notification
 * missed while away cannot leave a revoked session behind.
 *
 * In the process that makes the change, the collection hooks call `changing()` before the
 * commit: until the notification arrives (the change is committed), that customer is not cached,
 * so a sign-out is in force for the very next request of the same process.
 */
export class SessionCache {
  private entries = new Map<string, TEntry>()
  private pending = new Map<string, number>()
  private epoch = 0
  stats = { hits: 0, misses: 0 }

  constructor(
    private readonly ttlMs: number,
    private readonly listener: Pick<TListener, 'connected'>,
  ) {}

  /** Whether lookups are being kept: only while the database listener is in place. */
  get active(): boolean {
    return this.ttlMs > 0 && this.listener.connected
  }

  /** Marks the start of a lookup; `set` keeps its answer only if nothing changed meanwhile. */
  begin(): number {
    return this.epoch
  }

  get(tokenHash: string, now = Date.now()): TSessionHit | null {
    const entry = this.entries.get(tokenHash)
    if (!entry || !this.listener.connected || entry.expires <= now || this.isPending(entry, now)) {
      if (entry) this.entries.delete(tokenHash)
      this.stats.misses++
      return null
    }
    this.stats.hits++
    // Copies: a caller that adds to its user object must not change the next request's.
    return { session: { ...entry.session }, customer: { ...entry.customer } }
  }

  set(tokenHash: string, hit: TSessionHit, startedAt: number, now = Date.now()) {
    if (this.ttlMs <= 0 || !this.listener.connected || startedAt !== this.epoch) return
    if (this.isPending(hit, now)) return
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(tokenHash, { ...hit, expires: now + this.ttlMs })
  }

  /** A change to this customer or one of their sessions is being written here (not yet committed). */
  changing(customerId: string, now = Date.now()) {
    this.pending.set(customerId, now + PENDING_MS)
    this.forget(customerId)
  }

  /** The database says this customer changed (committed). */
  changed(customerId: string) {
    this.pending.delete(customerId)
    this.forget(customerId)
  }

  /** Everything goes: the listener was lost, so changes may have gone unheard. */
  clear() {
    this.epoch++
    this.entries.clear()
  }

  private forget(customerId: string) {
    this.epoch++
    for (const [key, entry] of this.entries)
      if (entry.customer.id === customerId) this.entries.delete(key)
  }

  private isPending(hit: TSessionHit, now: number) {
    const until = this.pending.get(hit.customer.id)
    if (until === undefined) return false
    if (until > now) return true
    this.pending.delete(hit.customer.id)
    return false
  }
}

const KEY = Symbol.for('donkervoort.portal.session-cache')
type TGlobal = typeof globalThis & { [KEY]?: { cache: SessionCache; listener: TListener } | null }

/**
 * This process's cache, or null when caching is off or there is no database URL. One per process
 * even when several route bundles load this module, like the metrics registry.
 */
export function sessionCache(): SessionCache | null {
  const g = globalThis as TGlobal
  if (g[KEY] !== undefined) return g[KEY]?.cache ?? null
  if (env.SESSION_CACHE_SECONDS <= 0 || !env.DATABASE_URL) {
    g[KEY] = null
    return null
  }
  let cache: SessionCache | null = null
  const listener = listen({
    connectionString: env.DATABASE_URL,
    channel: AUTH_CHANGED_CHANNEL,
    onNotify: (customerId) => cache?.changed(customerId),
    onReset: () => cache?.clear(),
  })
  cache = new SessionCache(env.SESSION_CACHE_SECONDS * 1000, listener)
  g[KEY] = { cache, listener }
  return cache
}
