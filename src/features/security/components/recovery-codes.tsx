'use client'

import { useState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'

import type { TRecoveryCodesTexts } from './security-texts'

/** Freshly made recovery codes, shown once: copy, or download as a text file. */
export function RecoveryCodes({
  codes,
  texts: t,
}: {
  codes: string[]
  texts: TRecoveryCodesTexts
}) {
  const [copied, setCopied] = useState(false)
  const text = `${t.fileHeading}\n\n${codes.join('\n')}\n`
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
      <Notice tone="info">{t.shownOnce}</Notice>
      <ol className="grid grid-cols-1 sm:grid-cols-2 gap-x-8 gap-y-2 font-mono text-base text-ivory border border-line p-5">
        {codes.map((c) => (
          <li key={c} data-testid="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-col sm:flex-row gap-4">
        <button
          className={buttonClass('ghost')}
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join('\n'))
            setCopied(true)
          }}
        >
          {copied ? t.copied : t.copy}
        </button>
        <button className={buttonClass('ghost')} type="button" onClick={download}>
          {t.downloadTxt}
        </button>
      </div>
    </div>
  )
}
