import { useTranslations } from 'next-intl'

import { Notice } from '@/components/ui/notice'
import { Link } from '@/lib/i18n/navigation'

/** An invitation or reset link that cannot be used (any more), with the way forward. */
export function LinkInvalid({ reason }: { reason: 'invalid' | 'expired' | 'used' }) {
  const t = useTranslations('SetPassword')
  return (
    <div className="flex flex-col gap-6" data-testid="link-invalid">
      <Notice tone="error">{t(reason)}</Notice>
      <p className="text-mist text-sm">{t('invalidHelp')}</p>
      <Link
        href="/forgot-password"
        className="text-sm text-amber hover:underline underline-offset-4"
      >
        {t('requestNew')}
      </Link>
    </div>
  )
}
