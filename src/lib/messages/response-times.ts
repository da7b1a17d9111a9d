import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { postgresOf, transactionDb } from '@/lib/db/postgres'

type TSent = {
  id: string
  conversation: string
  senderType: 'customer' | 'staff'
  senderStaff: string | null
  internal: boolean
  at: string
}

/**
 * Keeps `conversation_responses` (the KPI dashboard's response times) in the message's own
 * transaction, so a rolled-back send leaves no trace. A customer message opens a stretch of
 * waiting unless one is open already (the first unanswered message counts); a staff reply the
 * customer sees closes it and gives it to whoever answers the conversation at that moment (the
 * colleague it was handed to, else the account manager). Internal notes answer nobody.
 */
export async function trackResponse(req: PayloadRequest, sent: TSent): Promise<void> {
  if (sent.internal) return
  const db =
    transactionDb(req.payload, req.transactionID ? await req.transactionID : undefined) ??
    postgresOf(req.payload).drizzle
  if (sent.senderType === 'customer') {
    await db.execute(sql`
      insert into conversation_responses (conversation_id, customer_message_id, asked_at, manager_id)
      select c.id, ${sent.id}::uuid, ${sent.at}::timestamptz, coalesce(c.assigned_to_id, cu.account_manager_id)
      from conversations c join customers cu on cu.id = c.customer_id
      where c.id = ${sent.conversation}::uuid
      on conflict (conversation_id) where answered_at is null do nothing`)
    return
  }
  await db.execute(sql`
    update conversation_responses r
    set answered_at = ${sent.at}::timestamptz, answered_by_id = ${sent.senderStaff}::uuid,
      manager_id = coalesce(c.assigned_to_id, cu.account_manager_id)
    from conversations c join customers cu on cu.id = c.customer_id
    where c.id = r.conversation_id and r.conversation_id = ${sent.conversation}::uuid
      and r.answered_at is null`)
}
