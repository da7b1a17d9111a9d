import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing. The notifications, timeline, staff-title, help and documents migrations were
 * written side by side, each from the schema snapshot before the others; every one of them runs,
 * so the database already has all their tables, but the newest snapshot (documents) knew none of
 * the other four. This migration's snapshot (the .json beside it) is the whole schema again, so
 * the next `npm run migrate:create` compares against what the database really has.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
