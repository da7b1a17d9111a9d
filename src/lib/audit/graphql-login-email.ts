import { Kind, parse, type FieldNode } from 'graphql'

/**
 * The email a GraphQL `loginStaff` call tried, whether it came as a variable or inline in the
 * query: a guesser who inlines it should not stay anonymous in the audit log.
 */
export function graphqlLoginEmail(body: unknown): string | null {
  const { query, variables } = (body ?? {}) as {
    query?: unknown
    variables?: Record<string, unknown>
  }
  if (typeof query !== 'string' || query.length > 10_000) return null
  try {
    for (const definition of parse(query).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const field = definition.selectionSet.selections.find(
        (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'loginStaff',
      )
      const arg = field?.arguments?.find((a) => a.name.value === 'email')?.value
      if (arg?.kind === Kind.STRING) return arg.value
      if (arg?.kind === Kind.VARIABLE) {
        const value = variables?.[arg.name.value]
        return typeof value === 'string' ? value : null
      }
    }
  } catch {
    // Not a parseable query: GraphQL refuses it anyway.
  }
  return null
}
