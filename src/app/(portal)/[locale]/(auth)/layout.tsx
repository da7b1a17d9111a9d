import type { ReactNode } from 'react'

import { ClientMessages } from '@/lib/i18n/client-messages'

// The sign-in, reset and set-password forms translate in the browser.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={['Login', 'Forgot', 'SetPassword', 'Security', 'Passkeys']}>
      {children}
    </ClientMessages>
  )
}
