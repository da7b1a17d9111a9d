import { describe, expect, it } from 'vitest'

import { commandForKey, seekTarget } from './keys'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => commandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('commandForKey', () => {
  it('maps the usual player keys, in either case', () => {
    expect(press(' ')).toEqual({ kind: 'toggle-play' })
    expect(press('K')).toEqual({ kind: 'toggle-play' })
    expect(press('ArrowLeft')).toEqual({ kind: 'seek-by', seconds: -5 })
    expect(press('ArrowRight')).toEqual({ kind: 'seek-by', seconds: 5 })
    expect(press('j')).toEqual({ kind: 'seek-by', seconds: -10 })
    expect(press('L')).toEqual({ kind: 'seek-by', seconds: 10 })
    expect(press('m')).toEqual({ kind: 'toggle-mute' })
    expect(press('f')).toEqual({ kind: 'toggle-fullscreen' })
    expect(press('c')).toEqual({ kind: 'toggle-captions' })
    expect(press('ArrowUp')).toEqual({ kind: 'volume-by', delta: 0.1 })
  })

  it('jumps to tenths of the film with the digits', () => {
    expect(press('0')).toEqual({ kind: 'seek-to', fraction: 0 })
    expect(press('7')).toEqual({ kind: 'seek-to', fraction: 0.7 })
    expect(press('End')).toEqual({ kind: 'seek-to', fraction: 1 })
  })

  it('leaves other keys and browser shortcuts alone', () => {
    expect(press('x')).toBeNull()
    expect(press('Tab')).toBeNull()
    expect(press('f', { ctrlKey: true })).toBeNull()
    expect(press('l', { metaKey: true })).toBeNull()
    expect(press('5', { altKey: true })).toBeNull()
  })
})

describe('seekTarget', () => {
  it('moves the playhead and keeps it inside the film', () => {
    expect(seekTarget({ kind: 'seek-by', seconds: 5 }, 10, 60)).toBe(15)
    expect(seekTarget({ kind: 'seek-by', seconds: -10 }, 4, 60)).toBe(0)
    expect(seekTarget({ kind: 'seek-by', seconds: 10 }, 55, 60)).toBe(60)
    expect(seekTarget({ kind: 'seek-to', fraction: 0.5 }, 3, 60)).toBe(30)
  })

  it('does not move before the running time is known', () => {
    expect(seekTarget({ kind: 'seek-by', seconds: 5 }, 0, Number.NaN)).toBe(0)
    expect(seekTarget({ kind: 'seek-to', fraction: 0.5 }, 0, Number.NaN)).toBe(0)
  })
})
