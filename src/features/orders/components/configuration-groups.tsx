/* eslint-disable @next/next/no-img-element -- private photos stream from /api/files; next/image cannot optimise them */
import { getTranslations } from 'next-intl/server'

import type { TCar } from '../car-queries'

/** The chosen options by group, each with its colour chip or photo where staff attached one. */
export async function ConfigurationGroups({ groups }: { groups: TCar['groups'] }) {
  const t = await getTranslations('MyCar')
  const to = await getTranslations('Order')
  if (groups.length === 0) return <p className="text-mist">{t('noConfiguration')}</p>
  return (
    <div className="flex flex-col gap-10" data-testid="car-configuration">
      {groups.map(({ group, options }) => (
        <section key={group} aria-labelledby={`group-${group}`} className="break-inside-avoid">
          <h3
            id={`group-${group}`}
            className="text-xs tracking-[0.22em] uppercase text-mist mb-4 print:text-black"
          >
            {to(`groups.${group}`)}
          </h3>
          <ul className="grid gap-px bg-line sm:grid-cols-2 border border-line print:bg-white">
            {options.map((o) => (
              <li
                key={o.id}
                className="bg-graphite flex items-center gap-4 p-4 sm:p-5 min-w-0 print:bg-white"
                data-testid="car-option"
              >
                {o.image ? (
                  <img
                    src={o.image.thumb}
                    alt={o.image.alt}
                    loading="lazy"
                    className="h-14 w-14 shrink-0 object-cover border border-line"
                  />
                ) : o.swatch ? (
                  <span
                    role="img"
                    aria-label={t('swatch', { value: o.swatch })}
                    className="h-14 w-14 shrink-0 rounded-full border border-line/80 shadow-[inset_0_-8px_16px_rgba(0,0,0,0.35)] print:shadow-none [print-color-adjust:exact]"
                    style={{ backgroundColor: o.swatch }}
                    data-testid="swatch"
                  />
                ) : (
                  <span
                    aria-hidden="true"
                    className="h-14 w-14 shrink-0 border border-dashed border-line"
                  />
                )}
                <div className="min-w-0">
                  {o.label && (
                    <p className="text-[0.65rem] tracking-[0.18em] uppercase text-smoke mb-1 print:text-neutral-600">
                      {o.label}
                    </p>
                  )}
                  <p className="text-ivory [overflow-wrap:anywhere] print:text-black">{o.option}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
