import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from './validation-rules'

const schema = buildSchema('type Node { id: ID, child: Node } type Query { node: Node }')
const errors = (query: string, max: number) =>
  validate(schema, parse(query), [depthLimit(max)]).map((e) => e.message)

describe('depthLimit', () => {
  it('allows queries up to the limit and refuses deeper ones', () => {
    expect(errors('{ node { child { id } } }', 3)).toEqual([])
    expect(errors('{ node { child { child { id } } } }', 3)).toEqual(['Query is too deep (4 > 3).'])
  })

  it('follows fragments and inline fragments, and survives cyclic spreads', () => {
    const viaFragment = 'query { node { ...F } } fragment F on Node { child { child { id } } }'
    expect(errors(viaFragment, 3)).toEqual(['Query is too deep (4 > 3).'])
    expect(errors('{ node { ... on Node { child { id } } } }', 3)).toEqual([])
    const cyclic =
      'query { node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }'
    expect(() => validate(schema, parse(cyclic), [depthLimit(10)])).not.toThrow()
  })
})
