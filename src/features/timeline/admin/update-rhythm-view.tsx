import { Gutter } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import Link from 'next/link'

import { isStaff } from '@/access/user'
import { env } from '@/lib/env'
import { updateRhythm } from '@/lib/timeline/rhythm'

const cell = { padding: '0.6rem 0.8rem', borderBottom: '1px solid var(--theme-elevation-100)' }

/**
 * /admin/update-rhythm: the staff member's customers (admins: all) by days since their last
 * published update, those past UPDATE_RHYTHM_DAYS highlighted, each with a link to post one.
 */
export async function UpdateRhythmView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const rows = isStaff(user)
    ? await updateRhythm({
        payload: req.payload,
        staff: user,
        thresholdDays: env.UPDATE_RHYTHM_DAYS,
      })
    : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '2rem 0 0.5rem' }}>Update rhythm</h1>
        <p style={{ opacity: 0.75, marginBottom: '1.5rem' }}>
          Days since each customer&apos;s last published production update. Over{' '}
          {env.UPDATE_RHYTHM_DAYS} days is highlighted: post an update.
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="update-rhythm">
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th style={cell}>Customer</th>
              <th style={cell}>Cars</th>
              <th style={cell}>Days since last update</th>
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.customerId}
                data-overdue={r.overdue || undefined}
                style={r.overdue ? { background: 'rgba(224, 122, 106, 0.12)' } : undefined}
              >
                <td style={cell}>
                  {r.name}
                  <div style={{ opacity: 0.6, fontSize: '0.85em' }}>{r.email}</div>
                </td>
                <td style={cell}>{r.orders.map((o) => o.orderNumber).join(', ')}</td>
                <td style={{ ...cell, fontWeight: r.overdue ? 600 : undefined }}>
                  {r.days ?? '—'}
                  {r.lastPublishedAt ? '' : ' (no update yet)'}
                </td>
                <td style={cell}>
                  {r.orders.map((o) => (
                    <div key={o.id}>
                      <Link
                        href={`/admin/collections/production-updates/create?order=${o.id}`}
                        data-testid="post-update"
                      >
                        Post an update{r.orders.length > 1 ? ` (${o.orderNumber})` : ''}
                      </Link>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Gutter>
    </DefaultTemplate>
  )
}
