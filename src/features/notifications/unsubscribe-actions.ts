'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { ZLocale } from '@/lib/auth/sign-in/schema'
import { formAction } from '@/lib/http/action'
import { applyUnsubscribe } from '@/lib/notify/unsubscribe'
import { getPayload } from '@/payload/get-payload'

/** The human click on /unsubscribe: no sign-in, the sealed token is the authority. */
const unsubscribeForm = formAction({
  schema: z.object({ locale: ZLocale.catch('en'), token: z.string().min(1).max(2000) }),
  invalid: (): { error?: string } => ({ error: 'invalid' }),
  handler: async (input): Promise<{ error?: string }> => {
    const result = await applyUnsubscribe({
      payload: await getPayload(),
      token: input.token,
      meta: requestContextFromHeaders(await headers()),
    })
    const q = new URLSearchParams({ token: input.token })
    if (result.state !== 'invalid') q.set('done', '1')
    redirect(`/${input.locale}/unsubscribe?${q}`)
  },
})

export async function unsubscribeAction(form: FormData) {
  await unsubscribeForm({}, form)
}
