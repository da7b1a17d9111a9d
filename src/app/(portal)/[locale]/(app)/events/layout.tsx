import type { ReactNode } from 'react'

import { ClientMessages } from '@/lib/i18n/client-messages'

// The registration form and the calendar-feed panel translate in the browser.
export default function EventsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['Events']}>{children}</ClientMessages>
}
