import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { staffCan, type TStaffUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'

export type TResponseFigure = {
  staffId: string
  name: string
  /** Median time from a customer's first unanswered message to the reply; null with no replies. */
  medianSeconds: number | null
  /** Replies the median is taken over. */
  answered: number
  /** Conversations whose customer waits for an answer now. */
  open: number
}

const WINDOW_DAYS = 30

/**
 * Response times per account manager over the last 30 days (replies sent in that window), and
 * the conversations waiting for them now, counted under whoever answers each now. The one read
 * of `conversation_responses` (no API reaches that table), so who sees which figures is decided
 * here from the role map: whoever reads every conversation (admins) sees every manager, an
 * account manager only themselves, anyone else nothing.
 */
export async function responseFigures(args: {
  payload: Payload
  staff: TStaffUser
  now?: Date
}): Promise<TResponseFigure[]> {
  const { staff } = args
  const everyone = staffCan(staff, 'messages:all')
  if (!everyone && !staffCan(staff, 'messages:own')) return []
  const now = args.now ?? new Date()
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  const whose = everyone ? sql`true` : sql`s.id = ${String(staff.id)}::uuid`
  const { rows } = await postgresOf(args.payload).drizzle.execute(sql`
    with answered as (
      select manager_id, count(*)::int as answered,
        percentile_cont(0.5) within group (order by extract(epoch from answered_at - asked_at)) as median
      from conversation_responses
      where answered_at > ${since.toISOString()}::timestamptz
        and answered_at <= ${now.toISOString()}::timestamptz
      group by manager_id
    ), waiting as (
      select coalesce(c.assigned_to_id, cu.account_manager_id) as manager_id, count(*)::int as open
      from conversation_responses r
      join conversations c on c.id = r.conversation_id
      join customers cu on cu.id = c.customer_id
      where r.answered_at is null
      group by 1
    )
    select s.id::text as id, s.name, a.median, coalesce(a.answered, 0) as answered,
      coalesce(w.open, 0) as open
    from staff s
    left join answered a on a.manager_id = s.id
    left join waiting w on w.manager_id = s.id
    where (s.role = 'account-manager' or a.manager_id is not null or w.manager_id is not null)
      and ${whose}
    order by s.name, s.id`)
  return (
    rows as { id: string; name: string; median: unknown; answered: unknown; open: unknown }[]
  ).map((r) => ({
    staffId: r.id,
    name: r.name,
    medianSeconds: r.median === null ? null : Number(r.median),
    answered: Number(r.answered),
    open: Number(r.open),
  }))
}
