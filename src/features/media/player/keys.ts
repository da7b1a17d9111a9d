/**
 * The player's keyboard: the keys people know from the large video sites. Pure, so the map is
 * unit-tested; the player applies the command.
 */

export type TPlayerCommand =
  | { kind: 'toggle-play' }
  | { kind: 'seek-by'; seconds: number }
  /** 0…0.9 of the running time (the digit keys), 1 for the end. */
  | { kind: 'seek-to'; fraction: number }
  | { kind: 'volume-by'; delta: number }
  | { kind: 'toggle-mute' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'toggle-captions' }

type TKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>

const BY_KEY: Record<string, TPlayerCommand> = {
  ' ': { kind: 'toggle-play' },
  k: { kind: 'toggle-play' },
  arrowleft: { kind: 'seek-by', seconds: -5 },
  arrowright: { kind: 'seek-by', seconds: 5 },
  j: { kind: 'seek-by', seconds: -10 },
  l: { kind: 'seek-by', seconds: 10 },
  arrowup: { kind: 'volume-by', delta: 0.1 },
  arrowdown: { kind: 'volume-by', delta: -0.1 },
  home: { kind: 'seek-to', fraction: 0 },
  end: { kind: 'seek-to', fraction: 1 },
  m: { kind: 'toggle-mute' },
  f: { kind: 'toggle-fullscreen' },
  c: { kind: 'toggle-captions' },
}

/** The command of a key press, or null to leave the key to the browser (shortcuts, typing). */
export function commandForKey(e: TKey): TPlayerCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const key = e.key.toLowerCase()
  if (/^[0-9]$/.test(key)) return { kind: 'seek-to', fraction: Number(key) / 10 }
  return BY_KEY[key] ?? null
}

/** Where a command leaves the playhead, kept inside the film. */
export function seekTarget(command: TPlayerCommand, current: number, duration: number) {
  const end = Number.isFinite(duration) ? duration : 0
  if (command.kind === 'seek-by') return Math.min(end, Math.max(0, current + command.seconds))
  if (command.kind === 'seek-to') return end * command.fraction
  return current
}
