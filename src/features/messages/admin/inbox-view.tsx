import { Gutter } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import Link from 'next/link'

import { isStaff } from '@/access/user'
import { latestLiveEventId } from '@/lib/live/hub'
import { openedConversation } from '@/lib/messages/inbox-link'
import { messagesPage } from '@/lib/messages/queries'

import { InboxConversation } from './inbox-conversation'
import { InboxList } from './inbox-list'
import { responseFigures } from './response-figures'
import { ResponseFiguresTable } from './response-figures-table'
import { cannedReplies, inboxRows, type TInboxFilter } from './inbox-query'

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
  const rows = staff
    ? await inboxRows({ payload: req.payload, staff, filter, search: q, keep: open })
    : []
  const figures = staff ? await responseFigures({ payload: req.payload, staff }) : []
  const liveFrom = staff ? await latestLiveEventId(req.payload, `s:${staff.id}`) : undefined
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
        <ResponseFiguresTable figures={figures} />
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
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem', alignItems: 'flex-start' }}>
          <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <InboxList
              open={current?.id}
              liveFrom={liveFrom}
              rows={rows.map((r) => ({
                id: r.id,
                href: href({ c: r.id }),
                title: r.customerName || r.customerEmail,
                customerEmail: r.customerEmail,
                lastMessageAt: r.lastMessageAt,
                unread: r.unread,
                preview: r.preview,
              }))}
            />
          </div>
          <section aria-label="Conversation" style={{ flex: '2 1 20rem', minWidth: 0 }}>
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
