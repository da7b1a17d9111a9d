'use client'

import { useActionState } from 'react'

import { ThumbsDown } from '@/components/ui/icons/thumbs-down'
import { ThumbsUp } from '@/components/ui/icons/thumbs-up'

import { voteHelpfulAction } from '../actions'
import type { THelpVoteState } from '../schema'
import type { THelpfulVoteTexts } from './help-texts'

/** "Was this helpful?" yes/no; the customer's current answer is pressed and can be changed. */
export function HelpfulVote({
  locale,
  article,
  initial,
  texts: t,
}: {
  locale: string
  article: string
  initial: boolean | null
  /** Translated on the server (help-texts.ts): the page ships no message runtime. */
  texts: THelpfulVoteTexts
}) {
  const [state, action, pending] = useActionState<THelpVoteState, FormData>(voteHelpfulAction, {
    helpful: initial,
  })
  const current = state.helpful ?? null
  const button = (value: 'yes' | 'no') => {
    const pressed = current === (value === 'yes')
    const Icon = value === 'yes' ? ThumbsUp : ThumbsDown
    return (
      <button
        type="submit"
        name="helpful"
        value={value}
        aria-pressed={pressed}
        disabled={pending}
        data-testid={`helpful-${value}`}
        className={`inline-flex items-center gap-2 border px-5 py-3 text-xs tracking-[0.2em] uppercase transition-colors disabled:opacity-60 ${
          pressed
            ? 'border-amber bg-amber text-ink'
            : 'border-line text-ivory hover:border-amber hover:text-amber'
        }`}
      >
        <Icon size={14} aria-hidden="true" /> {t[value]}
      </button>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="helpful-question">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="article" value={article} />
      <p id="helpful-question" className="text-ivory">
        {t.question}
      </p>
      <div className="flex flex-wrap gap-3">
        {button('yes')}
        {button('no')}
      </div>
      <p className="text-sm text-mist min-h-5" role="status" data-testid="helpful-status">
        {state.error === 'rateLimited' || state.error === 'failed'
          ? t.voteError
          : current === true
            ? t.thanksYes
            : current === false
              ? t.thanksNo
              : ''}
      </p>
    </form>
  )
}
