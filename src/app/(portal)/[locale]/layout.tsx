import '../globals.css'

import type { Metadata, Viewport } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { displayFont, textFont } from '@/components/fonts'
import { ShellMessages } from '@/features/shell/shell-messages'
import { routing } from '@/lib/i18n/routing'

export const viewport: Viewport = { themeColor: '#0b0b0c', width: 'device-width', initialScale: 1 }

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : 'en',
    namespace: 'Common',
  })
  return {
    title: { default: `${t('brand')} · ${t('portal')}`, template: `%s · ${t('brand')}` },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    robots: { index: false, follow: false },
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const requestId = (await headers()).get('x-request-id')
  return (
    <html lang={locale} className={`${displayFont.variable} ${textFont.variable}`}>
      <head>{requestId && <meta name="request-id" content={requestId} />}</head>
      <body>
        {/* Only what client components translate goes to the browser; the rest renders on the server. */}
        <ShellMessages>{children}</ShellMessages>
      </body>
    </html>
  )
}
