import type { TActorType } from './types'

export type TActor = { actorType: TActorType; actorId: string | null; actorLabel: string | null }

type TPrincipal =
  { collection?: string; id?: string | number; email?: string | null } | null | undefined

/** The audit actor for a Payload principal; no principal means system code acted. */
export function actorFromUser(user: TPrincipal, systemLabel = 'system'): TActor {
  if (user?.collection === 'staff' || user?.collection === 'customers') {
    return {
      actorType: user.collection === 'staff' ? 'staff' : 'customer',
      actorId: user.id === undefined ? null : String(user.id),
      actorLabel: user.email ?? null,
    }
  }
  return { actorType: 'system', actorId: null, actorLabel: systemLabel }
}
