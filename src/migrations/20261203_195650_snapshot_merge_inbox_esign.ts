import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing. The e-signing provider migration and the response-times migration were
 * written side by side, each from the snapshot before the other; both run, so the database has
 * every column and table, but the newest snapshot knew only its own branch. This migration's
 * snapshot (the .json beside it) is the whole schema again, so the next
 * `npm run migrate:create` compares against what the database really has.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
