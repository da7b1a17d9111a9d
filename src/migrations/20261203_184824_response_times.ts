import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Response times for the KPI dashboard: one row per stretch a customer waits for an answer, from
// their first message after the last staff reply (or the first ever) to the next staff reply
// (internal notes do not answer). Maintained in the send path, in the message's own transaction
// (src/lib/messages/response-times.ts). Not a Payload collection, so no API reaches it.
const UP = `
  CREATE TABLE "conversation_responses" (
    "id" bigserial PRIMARY KEY,
    "conversation_id" uuid NOT NULL REFERENCES "conversations"("id") ON DELETE CASCADE,
    "customer_message_id" uuid REFERENCES "messages"("id") ON DELETE SET NULL,
    "asked_at" timestamp(3) with time zone NOT NULL,
    "answered_at" timestamp(3) with time zone,
    "answered_by_id" uuid REFERENCES "staff"("id") ON DELETE SET NULL,
    "manager_id" uuid REFERENCES "staff"("id") ON DELETE SET NULL
  );
  CREATE UNIQUE INDEX "conversation_responses_one_open_idx" ON "conversation_responses" ("conversation_id")
    WHERE "answered_at" IS NULL;
  CREATE INDEX "conversation_responses_manager_answered_idx" ON "conversation_responses" ("manager_id", "answered_at");

  -- The stretches of the history so far, each given to whoever answers the conversation now.
  WITH visible AS (
    SELECT id, conversation_id, sender_type, created_at,
      lag(sender_type) OVER (PARTITION BY conversation_id ORDER BY created_at, id) AS previous
    FROM messages WHERE internal IS NOT TRUE
  )
  INSERT INTO conversation_responses
    (conversation_id, customer_message_id, asked_at, answered_at, answered_by_id, manager_id)
  SELECT v.conversation_id, v.id, v.created_at, r.created_at, r.sender_staff_id,
    coalesce(c.assigned_to_id, cu.account_manager_id)
  FROM visible v
  JOIN conversations c ON c.id = v.conversation_id
  JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN LATERAL (
    SELECT m.created_at, m.sender_staff_id FROM messages m
    WHERE m.conversation_id = v.conversation_id AND m.internal IS NOT TRUE
      AND m.sender_type = 'staff' AND m.created_at > v.created_at
    ORDER BY m.created_at, m.id LIMIT 1
  ) r ON true
  WHERE v.sender_type = 'customer' AND v.previous IS DISTINCT FROM 'customer';`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(UP))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw('DROP TABLE IF EXISTS "conversation_responses"'))
}
