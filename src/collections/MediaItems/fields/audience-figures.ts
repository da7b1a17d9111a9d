import { sql } from '@payloadcms/db-postgres'
import type { Field, FieldAccess } from 'payload'

import { staffCan } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'

const marketing: FieldAccess = ({ req }) => staffCan(req.user, 'content:manage')

/** "3 viewers · 5 views · 1 h 4 min watched" from the item's media-progress rows. */
export function describeFigures(f: { viewers: number; views: number; seconds: number }) {
  const minutes = Math.round(f.seconds / 60)
  const time =
    minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`
  return `${f.viewers} ${f.viewers === 1 ? 'viewer' : 'viewers'} · ${f.views} ${f.views === 1 ? 'view' : 'views'} · ${time} watched`
}

/**
 * Views and watch time of an item, for marketing in /admin: read-only and computed on read (one
 * aggregate over media-progress), never stored, never shown to customers (field read access).
 */
export const audienceFigures: Field = {
  name: 'audienceFigures',
  label: 'Views and watch time',
  type: 'text',
  virtual: true,
  access: { read: marketing, create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.id) },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (!data?.id || !staffCan(req.user, 'content:manage')) return null
        const { rows } = await postgresOf(req.payload).drizzle.execute(sql`
          select count(*)::int as viewers, coalesce(sum(views), 0)::int as views,
                 coalesce(sum(watched_seconds), 0)::float as seconds
          from media_progress where item_id = ${String(data.id)}`)
        const r = rows[0] as { viewers: number; views: number; seconds: number }
        return describeFigures(r)
      },
    ],
  },
}
