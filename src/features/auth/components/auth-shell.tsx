import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Wordmark } from '@/components/ui/wordmark'
import { LocaleSwitcher } from '@/features/shell/components/locale-switcher'

/** Sign-in and password pages: the car on one side, a quiet form on the other. */
export async function AuthShell({
  title,
  intro,
  children,
}: {
  title: string
  intro?: string
  children: ReactNode
}) {
  const t = await getTranslations('Common')
  return (
    <div className="min-h-dvh grid lg:grid-cols-[1.15fr_1fr]">
      <div className="relative h-56 sm:h-72 lg:h-auto overflow-hidden" aria-hidden="true">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src="/brand/car-hero.svg"
          alt=""
          className="absolute inset-0 h-full w-full object-cover"
        />
        <div className="absolute inset-0 bg-gradient-to-t from-ink via-ink/30 to-transparent lg:bg-gradient-to-r lg:from-transparent lg:via-transparent lg:to-ink" />
      </div>
      <main id="main" className="flex flex-col px-6 sm:px-12 lg:px-16 py-10 lg:py-14">
        <div className="flex items-center justify-between gap-4">
          <Wordmark className="text-sm text-ivory" />
          <LocaleSwitcher />
        </div>
        <div className="flex-1 flex flex-col justify-center max-w-md w-full mx-auto lg:mx-0 py-12">
          <p className="eyebrow mb-4">{t('portal')}</p>
          <h1 className="text-3xl sm:text-4xl font-light tracking-tight mb-4">{title}</h1>
          {intro && <p className="text-mist leading-relaxed mb-10">{intro}</p>}
          {children}
        </div>
        <p className="text-xs text-smoke">{t('privacy')}</p>
      </main>
    </div>
  )
}
