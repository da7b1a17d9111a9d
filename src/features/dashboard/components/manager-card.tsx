import { getTranslations } from 'next-intl/server'

import { Mail, Phone } from '@/components/ui/icons'

import type { TManager } from '../queries'

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((p) => /^[A-ZÀ-Ý]/.test(p))
    .map((p) => p[0])
    .slice(0, 2)
    .join('')

/** The account manager's card; the phone number shows once, on the button that dials it. */
export async function ManagerCard({ manager }: { manager: TManager | null }) {
  const t = await getTranslations('Manager')
  return (
    <section
      aria-labelledby="manager"
      className="border border-line p-6 sm:p-8 bg-graphite/40"
      data-testid="manager-card"
    >
      <h2 id="manager" className="eyebrow mb-6">
        {t('title')}
      </h2>
      {!manager ? (
        <p className="text-mist text-sm">{t('none')}</p>
      ) : (
        <div className="flex flex-col gap-6">
          <div className="flex items-center gap-4">
            <span
              className="grid place-items-center size-14 shrink-0 rounded-full border border-amber/60 text-amber tracking-widest text-sm"
              aria-hidden="true"
            >
              {initials(manager.name ?? '')}
            </span>
            <div className="min-w-0">
              <p className="text-lg text-ivory">{manager.name}</p>
              {manager.title && <p className="text-sm text-mist">{manager.title}</p>}
            </div>
          </div>
          <div className="flex flex-wrap gap-3">
            {manager.phone && (
              <a
                href={`tel:${manager.phone.replace(/[^\d+]/g, '')}`}
                className="inline-flex items-center gap-2 border border-line px-4 py-2.5 text-xs tracking-[0.18em] uppercase text-ivory hover:border-amber hover:text-amber"
              >
                <Phone size={14} aria-hidden="true" />
                <span className="sr-only">{t('call')} </span>
                <span className="normal-case tracking-[0.08em]">{manager.phone}</span>
              </a>
            )}
            {manager.email && (
              <a
                href={`mailto:${manager.email}`}
                className="inline-flex items-center gap-2 border border-line px-4 py-2.5 text-xs tracking-[0.18em] uppercase text-ivory hover:border-amber hover:text-amber"
              >
                <Mail size={14} aria-hidden="true" /> {t('email')}
                <span className="sr-only">{manager.email}</span>
              </a>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
