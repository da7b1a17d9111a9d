import type { ServerComponentProps } from 'payload'

import { isStaff } from '@/access/user'
import { modelLabel } from '@/lib/orders/models'
import { STAGES } from '@/lib/orders/stages'

import { DELIVERY_HORIZON_DAYS, getTodayFigures } from '../today-figures'

const STAGE_NAMES = {
  design: 'Design',
  engineering: 'Engineering',
  production: 'Production',
  'final-assembly': 'Final assembly',
  delivery: 'Delivery',
} as const

const month = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso))

/**
 * The dashboard's first panel (beforeDashboard): what an account manager looks at each morning —
 * their customers, their cars by stage, open and overdue customer actions, deliveries coming up.
 * Administrators see the same figures over everyone; other roles keep the plain dashboard.
 */
export async function TodayPanel({ payload, user }: ServerComponentProps) {
  if (!isStaff(user) || (user.role !== 'account-manager' && user.role !== 'admin')) return null
  const f = await getTodayFigures({ payload, user })
  const own = user.role === 'account-manager'
  const figures = [
    { label: own ? 'Your customers' : 'Customers', value: f.customers, href: 'customers' },
    {
      label: 'Invitations not yet accepted',
      value: f.invited,
      href: 'customers?where[status][equals]=invited',
    },
    { label: 'Cars in build', value: f.inBuild, href: 'orders?where[deliveredAt][exists]=false' },
    { label: 'Open customer actions', value: f.openActions, href: 'orders' },
    {
      label: 'Overdue customer actions',
      value: f.overdueActions,
      href: 'orders',
      alert: f.overdueActions > 0,
    },
  ]
  return (
    <section className="dv-today" aria-labelledby="dv-today-title" data-testid="today-panel">
      <header className="dv-today__head">
        <p className="dv-today__eyebrow">Today</p>
        <h2 id="dv-today-title" className="dv-today__title">
          {own ? `Good day, ${user.name.split(' ')[0]}` : 'Across the portal'}
        </h2>
      </header>
      <ul className="dv-today__figures">
        {figures.map((fig) => (
          <li key={fig.label}>
            <a
              href={`/admin/collections/${fig.href}`}
              className="dv-today__figure"
              data-alert={fig.alert || undefined}
            >
              <span className="dv-today__label">{fig.label}</span>
              <span className="dv-today__value">{fig.value}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="dv-today__columns">
        <div>
          <h3 className="dv-today__subtitle">Cars by stage</h3>
          <ol className="dv-today__stages">
            {STAGES.map((s) => (
              <li key={s}>
                <span>{STAGE_NAMES[s]}</span>
                <span className="dv-today__count">{f.byStage[s]}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="dv-today__subtitle">
            Delivery windows opening in the next {DELIVERY_HORIZON_DAYS} days
          </h3>
          {f.deliveringSoon.length === 0 ? (
            <p className="dv-today__empty">None.</p>
          ) : (
            <ul className="dv-today__list">
              {f.deliveringSoon.map((o) => (
                <li key={o.id}>
                  <a href={`/admin/collections/orders/${o.id}`}>
                    {o.orderNumber} · {modelLabel(o.model)}
                  </a>
                  <span>
                    {o.customer ?? '—'} · from {month(o.deliveryWindowStart)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  )
}
