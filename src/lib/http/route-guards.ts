import 'server-only'

import type { z } from 'zod'

import type { TUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import type { TAuditAction } from '@/lib/audit/actions'
import { recordAudit } from '@/lib/audit/record-audit'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import type { TJson } from '@/lib/audit/types'
import { env } from '@/lib/env'
import { enforceRateLimits, type TRateLimitName } from '@/lib/rate-limit/limits'
import { isAllowedOrigin, trustedOrigins } from '@/lib/security/origins'

import { AppError } from '../errors'
import { clientIpFromHeaders } from './client-ip'
import { lazyImport } from './lazy-import'

// Loaded on first use, so public routes (health) never start Payload.
const payloadApp = lazyImport(() => import('@/payload/get-payload'))

/** The steps of src/lib/http/route.ts that are more than a line, one function each. */
const TRUSTED = trustedOrigins(env.PUBLIC_URL, env.ALLOWED_ORIGINS)

export function assertSameOrigin(req: Request): void {
  if (!isAllowedOrigin(req.headers.get('origin'), TRUSTED)) {
    throw new AppError('FORBIDDEN', 'This request came from another site.')
  }
}

/** Next's `params` checked against the route's schema; a path that names nothing valid is a 404. */
export async function readParams<S extends z.ZodType>(
  schema: S,
  context: { params: Promise<unknown> } | undefined,
): Promise<z.output<S>> {
  const parsed = schema.safeParse((await context?.params) ?? {})
  if (!parsed.success) throw new AppError('NOT_FOUND', 'Not found.')
  return parsed.data
}

/** `…:ip` limits count the client address (unknown: one shared bucket), `…:account` the user. */
export async function limitRoute(
  names: readonly TRateLimitName[],
  req: Request,
  user: TUser | null,
) {
  const { getPayload } = await payloadApp()
  const ip = clientIpFromHeaders(req.headers) ?? 'unknown'
  const account = user ? `${user.collection}:${user.id}` : null
  await enforceRateLimits(
    await getPayload(),
    names.map((name) => [name, name.endsWith(':ip') ? ip : account]),
  )
}

export async function auditRoute(args: {
  action: TAuditAction
  req: Request
  user: TUser | null
  details: Record<string, TJson> | null
}) {
  const { getPayload } = await payloadApp()
  const { user } = args
  await recordAudit({
    payload: await getPayload(),
    entry: {
      ...requestContextFromHeaders(args.req.headers),
      ...actorFromUser(user),
      action: args.action,
      targetType: user ? (user.collection === 'staff' ? 'staff' : 'customer') : null,
      targetId: user ? String(user.id) : null,
      outcome: 'success',
      details: args.details,
    },
  })
}
