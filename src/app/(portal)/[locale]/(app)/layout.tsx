import type { ReactNode } from 'react'

import { requireCustomer } from '@/lib/auth/current-customer'
import { AppFooter } from '@/features/shell/app-footer'
import { AppHeader } from '@/features/shell/app-header'

export default async function AppLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  const customer = await requireCustomer(locale)
  return (
    <div className="min-h-dvh flex flex-col">
      <AppHeader locale={locale} name={customer.fullName ?? customer.firstName} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <AppFooter />
    </div>
  )
}
