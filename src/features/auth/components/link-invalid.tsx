import { Notice } from '@/components/ui/notice'
import { Link } from '@/lib/i18n/navigation'

import type { TLinkInvalidTexts } from './form-texts'

/**
 * An invitation or reset link that cannot be used (any more), with the way forward. Shown by the
 * server page and by the client form alike, so its words come translated (form-texts.ts).
 */
export function LinkInvalid(props: {
  reason: 'invalid' | 'expired' | 'used'
  texts: TLinkInvalidTexts
}) {
  const { reason, texts: t } = props
  return (
    <div className="flex flex-col gap-6" data-testid="link-invalid">
      <Notice tone="error">{t.reasons[reason]}</Notice>
      <p className="text-mist text-sm">{t.help}</p>
      <Link
        href="/forgot-password"
        className="text-sm text-amber hover:underline underline-offset-4"
      >
        {t.requestNew}
      </Link>
    </div>
  )
}
