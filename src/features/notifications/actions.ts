'use server'

import { revalidatePath } from 'next/cache'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import type { TCustomerUser } from '@/access/user'
import { ZLocale } from '@/lib/auth/sign-in/schema'
import { formAction } from '@/lib/http/action'
import { LOCALES } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import { savePreferences } from '@/lib/notify/save-preferences'

import { OFFER_DECLINED_COOKIE } from './offer-cookie'

/** Where a form sends the customer back to: a path of this portal, never another origin. */
const ZBack = z
  .string()
  .regex(/^\/(nl|en|de)(\/[^\s]*)?$/)
  .catch('/')
const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1)
type TState = { error?: string }
/** The header (bell, language offer) lives in the layout: a soft navigation would keep it stale. */
const refreshLayout = () => revalidatePath('/', 'layout')
/** The session's customer as access functions expect a principal. */
const asUser = (customer: Omit<TCustomerUser, 'collection'>): TCustomerUser => ({
  ...customer,
  collection: 'customers',
})
const invalid = (): TState => ({ error: 'invalid' })

const markReadForm = formAction({
  schema: z.object({ locale: ZLocale.catch('en'), id: z.uuid(), page: ZPage }),
  auth: 'customer',
  invalid,
  handler: async (input, { found }): Promise<TState> => {
    const payload = await getPayload()
    // As the customer: a foreign or missing id simply updates nothing.
    await payload.update({
      collection: 'notifications',
      where: { and: [{ id: { equals: input.id } }, { readAt: { exists: false } }] },
      data: { readAt: new Date().toISOString() },
      user: asUser(found.customer),
      overrideAccess: false,
    })
    refreshLayout()
    redirect(`/${input.locale}/notifications${input.page > 1 ? `?page=${input.page}` : ''}`)
  },
})
export async function markReadAction(form: FormData) {
  await markReadForm({}, form)
}

const markAllReadForm = formAction({
  schema: z.object({ locale: ZLocale.catch('en') }),
  auth: 'customer',
  invalid,
  handler: async (input, { found }): Promise<TState> => {
    const payload = await getPayload()
    await payload.update({
      collection: 'notifications',
      where: { readAt: { exists: false } },
      data: { readAt: new Date().toISOString() },
      user: asUser(found.customer),
      overrideAccess: false,
    })
    refreshLayout()
    redirect(`/${input.locale}/notifications`)
  },
})
export async function markAllReadAction(form: FormData) {
  await markAllReadForm({}, form)
}

const offerForm = formAction({
  schema: z.object({
    locale: ZLocale.catch('en'),
    choice: z.enum(['accept', 'decline']),
    back: ZBack,
  }),
  auth: 'customer',
  invalid,
  handler: async (input, { found }): Promise<TState> => {
    if (!(LOCALES as readonly string[]).includes(input.locale)) return invalid()
    if (input.choice === 'accept') {
      await savePreferences({
        customer: asUser(found.customer),
        changes: { preferredLocale: input.locale },
      })
    } else {
      ;(await cookies()).set(OFFER_DECLINED_COOKIE, input.locale, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: 180 * 24 * 3600,
      })
    }
    refreshLayout()
    redirect(input.back)
  },
})
export async function localeOfferAction(form: FormData) {
  await offerForm({}, form)
}
