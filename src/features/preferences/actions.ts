'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { ZLocale } from '@/lib/auth/sign-in/schema'
import { formAction } from '@/lib/http/action'
import { TIME_ZONES } from '@/fields/notification-preferences'
import { DIGEST_MODES, NOTIFICATION_TYPES } from '@/lib/notify/types'
import { savePreferences } from '@/lib/notify/save-preferences'

export type TPreferencesState = { error?: string }

const ZPreferences = z.object({
  locale: ZLocale,
  preferredLocale: ZLocale,
  digest: z.enum(DIGEST_MODES),
  timeZone: z.string().refine((tz) => TIME_ZONES.includes(tz)),
  marketing: z.literal('on').optional(),
  // One checkbox per type, named email-<type>: present = email on.
  ...Object.fromEntries(NOTIFICATION_TYPES.map((t) => [`email-${t}`, z.literal('on').optional()])),
})

const saveForm = formAction({
  schema: ZPreferences,
  auth: 'customer',
  invalid: (): TPreferencesState => ({ error: 'invalid' }),
  handler: async (input, { found, raw }): Promise<TPreferencesState> => {
    await savePreferences({
      customer: { ...found.customer, collection: 'customers' },
      changes: {
        preferredLocale: input.preferredLocale,
        notificationDigest: input.digest,
        timeZone: input.timeZone,
        emailOff: NOTIFICATION_TYPES.filter((t) => raw[`email-${t}`] !== 'on'),
        marketingConsent: input.marketing === 'on',
      },
      meta: requestContextFromHeaders(await headers()),
    })
    // The portal follows the language just chosen; the header (language offer) is re-rendered.
    revalidatePath('/', 'layout')
    redirect(`/${input.preferredLocale}/account/preferences?saved=1`)
  },
})

export async function savePreferencesAction(form: FormData) {
  const state = await saveForm({}, form)
  if (state.error) {
    const locale = ZLocale.catch('en').parse(form.get('locale'))
    redirect(`/${locale}/account/preferences?error=${state.error}`)
  }
}
