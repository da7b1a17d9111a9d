import { unwrapDataKey, wrapDataKey } from '../crypto/key-wrap'
import type { TKeyring } from '../crypto/keyring'

/** What `pg` clients and pools (Payload's included) offer; the rotation needs nothing more. */
export type TQueryable = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[]; rowCount: number | null }>
}

export type TRotationResult = {
  /** Re-wrapped under the newest key in this run. */
  rotated: number
  /** Already under the newest key (including those rotated by a concurrent run). */
  current: number
  /** Could not be unwrapped: key id missing from the keyring, or the wrap is damaged. */
  failed: { id: string; reason: string }[]
}

type TRow = { id: string; key_id: string; wrapped_key: string }

/**
 * Re-wraps every data key that is not under the keyring's newest key id; content is not touched.
 * Works in batches in id order, so it can stop anywhere and run again; each update only applies if
 * the row still holds the wrap it read, so two runs at once never overwrite each other.
 */
export async function rotateKeys(args: {
  db: TQueryable
  keyring: TKeyring
  batchSize?: number
  onBatch?: (done: number) => void
}): Promise<TRotationResult> {
  const { db, keyring } = args
  const newest = keyring.currentId
  const result: TRotationResult = { rotated: 0, current: 0, failed: [] }
  let after = ''
  for (;;) {
    const { rows } = (await db.query(
      `select id, key_id, wrapped_key from stored_files
        where key_id <> $1 and id > $2 order by id limit $3`,
      [newest, after, args.batchSize ?? 500],
    )) as { rows: TRow[] }
    if (!rows.length) break
    for (const row of rows) {
      let wrapped: { keyId: string; wrappedKey: string }
      try {
        const dataKey = unwrapDataKey({
          wrappedKey: row.wrapped_key,
          keyId: row.key_id,
          fileId: row.id,
          keyring,
        })
        wrapped = wrapDataKey({ dataKey, fileId: row.id, keyring })
        dataKey.fill(0)
      } catch (err) {
        result.failed.push({ id: row.id, reason: (err as Error).message })
        continue
      }
      const updated = await db.query(
        `update stored_files set key_id = $1, wrapped_key = $2, updated_at = now()
          where id = $3 and key_id = $4 and wrapped_key = $5`,
        [wrapped.keyId, wrapped.wrappedKey, row.id, row.key_id, row.wrapped_key],
      )
      if (updated.rowCount) result.rotated++
    }
    after = rows[rows.length - 1].id
    args.onBatch?.(result.rotated)
  }
  const { rows } = (await db.query(
    'select count(*)::int as n from stored_files where key_id = $1',
    [newest],
  )) as { rows: { n: number }[] }
  result.current = rows[0].n - result.rotated
  return result
}
