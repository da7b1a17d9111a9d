import { Gutter } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import Link from 'next/link'

import { isStaff } from '@/access/user'
import { openedConversation } from '@/lib/messages/inbox-link'
import { messagesPage } from '@/lib/messages/queries'

import { InboxConversation } from './inbox-conversation'
import { cannedReplies, inboxRows, type TInboxFilter } from './inbox-query'

const cell = { padding: '0.6rem 0.8rem', borderBottom: '1px solid var(--theme-elevation-100)' }
const FILTERS: TInboxFilter[] = ['unread', 'mine', 'all']
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * /admin/inbox: the conversations a staff member may read (the conversations access rule decides),
 * unread first, with filters and a search; `?c=<id>` opens one with a reply box.
 */
export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const rawFilter = one(searchParams?.filter)
  const filter: TInboxFilter = FILTERS.includes(rawFilter as TInboxFilter)
    ? (rawFilter as TInboxFilter)
    : 'all'
  const q = one(searchParams?.q) ?? ''
  const open = openedConversation(searchParams)
  const staff = isStaff(user) ? user : null
  const rows = staff ? await inboxRows({ payload: req.payload, staff, filter, search: q }) : []
  const current = open ? rows.find((r) => r.id === open) : undefined
  const page =
    staff && current
      ? await messagesPage({
          payload: req.payload,
          user: staff,
          conversation: current.id,
          limit: 100,
        })
      : null
  const replies =
    staff && current
      ? await cannedReplies({ payload: req.payload, staff, locale: current.customerLocale })
      : []
  const href = (p: Record<string, string>) =>
    `/admin/inbox?${new URLSearchParams({ filter, ...(q ? { q } : {}), ...p })}`
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
        <h1 style={{ margin: '2rem 0 1rem' }}>Inbox</h1>
        <nav aria-label="Filter" style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
          {FILTERS.map((f) => (
            <Link
              key={f}
              href={href({ filter: f })}
              aria-current={f === filter ? 'page' : undefined}
              style={{ fontWeight: f === filter ? 700 : undefined }}
            >
              {f === 'unread' ? 'Unread' : f === 'mine' ? 'Mine' : 'All'}
            </Link>
          ))}
        </nav>
        <form method="get" action="/admin/inbox" style={{ marginBottom: '1rem' }}>
          <input type="hidden" name="filter" value={filter} />
          <label htmlFor="inbox-search">Search by customer name or email </label>
          <input id="inbox-search" name="q" type="search" defaultValue={q} />{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Search
          </button>
        </form>
        <div
          style={{ display: 'grid', gridTemplateColumns: 'minmax(16rem, 1fr) 2fr', gap: '2rem' }}
        >
          <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="inbox-list">
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  data-unread={r.unread || undefined}
                  style={r.id === open ? { background: 'var(--theme-elevation-100)' } : undefined}
                >
                  <td style={cell}>
                    <Link
                      href={href({ c: r.id })}
                      aria-current={r.id === open ? 'true' : undefined}
                      style={{ fontWeight: r.unread ? 700 : undefined }}
                    >
                      {r.customerName || r.customerEmail}
                    </Link>
                    {r.unread ? <span style={{ marginLeft: '0.5rem' }}>● unread</span> : null}
                    <div style={{ opacity: 0.6, fontSize: '0.85em' }}>{r.customerEmail}</div>
                  </td>
                </tr>
              ))}
              {rows.length === 0 ? (
                <tr>
                  <td style={cell}>No conversations.</td>
                </tr>
              ) : null}
            </tbody>
          </table>
          <section aria-label="Conversation">
            {current && page ? (
              <>
                <h2 style={{ margin: 0 }}>{current.customerName || current.customerEmail}</h2>
                <Link href={`/admin/collections/conversations/${current.id}`}>
                  Hand over to a colleague
                </Link>
                <InboxConversation
                  key={current.id}
                  conversation={current.id}
                  initial={page.messages}
                  cannedReplies={replies}
                />
              </>
            ) : (
              <p style={{ opacity: 0.7 }}>Choose a conversation.</p>
            )}
          </section>
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
