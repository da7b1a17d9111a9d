import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type ASTNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

import { isStaff } from '@/access/user'

/** Deep enough for any real query of ours (orders → customer → account manager is 4). */
export const MAX_QUERY_DEPTH = 10

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(
        deepest,
        selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1,
      )
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread counts once per path, so cyclic spreads cannot loop forever.
      const fragment = fragments[selection.name.value]
      deepest = Math.max(
        deepest,
        depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])),
      )
    }
  }
  return deepest
}

/** Refuses queries nested deeper than `max` fields: cheap protection against resource-hungry queries. */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    )
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set())
        if (depth > max)
          context.reportError(
            new GraphQLError(`Query is too deep (${depth} > ${max}).`, {
              nodes: [node as ASTNode],
            }),
          )
      },
    }
  }
}

/**
 * Extra GraphQL rules per request: a depth limit for everyone, and no schema introspection for
 * anyone but staff (Payload already turns introspection off for all in production).
 */
export function graphQLValidationRules(args: ExecutionArgs): ValidationRule[] {
  const user = (args.contextValue as { req?: { user?: unknown } } | undefined)?.req?.user
  return isStaff(user)
    ? [depthLimit(MAX_QUERY_DEPTH)]
    : [depthLimit(MAX_QUERY_DEPTH), NoSchemaIntrospectionCustomRule]
}
