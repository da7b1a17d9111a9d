import { describe, expect, it } from 'vitest'

import { parseFrom } from './send-mail'

describe('parseFrom', () => {
  it('splits display name and address', () => {
    expect(parseFrom('Donkervoort <portal@donkervoort.example>')).toEqual({
      name: 'Donkervoort',
      address: 'portal@donkervoort.example',
    })
    expect(parseFrom('"Donkervoort Portal" <p@x.example>')).toEqual({
      name: 'Donkervoort Portal',
      address: 'p@x.example',
    })
    expect(parseFrom('p@x.example')).toEqual({ name: '', address: 'p@x.example' })
  })
})
