import type { ReactNode } from 'react'

import { ClientMessages } from '@/lib/i18n/client-messages'

// The security settings and the step-up page translate their forms in the browser.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['Security', 'Passkeys']}>{children}</ClientMessages>
}
