import type { ReactNode } from 'react'

import { ClientMessages } from '@/lib/i18n/client-messages'

// The search box and the "Was this helpful?" buttons translate in the browser.
export default function HelpLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['Help']}>{children}</ClientMessages>
}
