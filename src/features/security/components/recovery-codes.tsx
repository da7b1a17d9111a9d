'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'

/** Freshly made recovery codes, shown once: copy, or download as a text file. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('Security')
  const [copied, setCopied] = useState(false)
  const text = `${t('recoveryFileHeading')}\n\n${codes.join('\n')}\n`
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
    const a = document.createElement('a')
    a.href = url
    a.download = 'donkervoort-recovery-codes.txt'
    a.click()
    URL.revokeObjectURL(url)
  }
  return (
    <div className="flex flex-col gap-5" data-testid="recovery-codes">
      <Notice tone="info">{t('recoveryShownOnce')}</Notice>
      <ol className="grid grid-cols-1 sm:grid-cols-2 gap-x-8 gap-y-2 font-mono text-base text-ivory border border-line p-5">
        {codes.map((c) => (
          <li key={c} data-testid="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-col sm:flex-row gap-4">
        <Button
          type="button"
          variant="ghost"
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join('\n'))
            setCopied(true)
          }}
        >
          {copied ? t('copied') : t('copy')}
        </Button>
        <Button type="button" variant="ghost" onClick={download}>
          {t('downloadTxt')}
        </Button>
      </div>
    </div>
  )
}
