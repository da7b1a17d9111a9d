'use client'

/**
 * One EventSource per browser tab on /api/live, shared by everything on the page that listens (the
 * unread badge in the header, the conversation). The browser reconnects by itself and sends the
 * last event id it saw, so the server replays what came meanwhile.
 */
type TListener = (data: unknown) => void

let source: EventSource | null = null
let from: string | null = null
const listeners = new Map<string, Set<TListener>>()
const statusListeners = new Set<(open: boolean) => void>()

function ensure() {
  if (source || typeof window === 'undefined') return
  source = new EventSource(from ? `/api/live?lastEventId=${encodeURIComponent(from)}` : '/api/live')
  source.onopen = () => statusListeners.forEach((l) => l(true))
  source.onerror = () => statusListeners.forEach((l) => l(false))
  for (const type of listeners.keys()) attach(type)
}

const attached = new Set<string>()
function attach(type: string) {
  if (!source || attached.has(type)) return
  attached.add(type)
  source.addEventListener(type, (e) => {
    let data: unknown
    try {
      data = JSON.parse((e as MessageEvent<string>).data)
    } catch {
      return
    }
    for (const l of listeners.get(type) ?? []) l(data)
  })
}

/**
 * Where this tab's stream starts if it is not open yet: the newest event id the page was rendered
 * with (src/lib/live/hub.ts, latestLiveEventId), so what happened between the render and the
 * connect is replayed. Call it before the first onLive/onLiveStatus of the page.
 */
export function liveFrom(id: string | undefined) {
  if (!source && id) from = id
}

export function onLive(type: string, listener: TListener): () => void {
  let set = listeners.get(type)
  if (!set) listeners.set(type, (set = new Set()))
  set.add(listener)
  ensure()
  attach(type)
  return () => void set.delete(listener)
}

export function onLiveStatus(listener: (open: boolean) => void): () => void {
  statusListeners.add(listener)
  ensure()
  return () => void statusListeners.delete(listener)
}
