import 'server-only'

import { getLocale, getTimeZone, getTranslations } from 'next-intl/server'

import { pluralForms } from '@/lib/i18n/plural-forms'

/**
 * The passkey button's words for the sign-in and confirm pages, translated on the server (see
 * src/features/auth/form-texts.ts): its label, the waiting text and every problem it can report.
 */
export async function passkeyButtonTexts(label: 'signIn' | 'factor') {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Passkeys')])
  return {
    label: t(label),
    or: t('or'),
    waiting: t('waiting'),
    problems: {
      unsupported: t('unsupported'),
      cancelled: t('cancelled'),
      refused: t('refused'),
      expired: t('expired'),
      failed: t('failed'),
      duplicate: t('duplicate'),
      stepUp: t('stepUp'),
    },
    tooMany: pluralForms(locale, (n) => t('tooMany', { minutes: n })),
  }
}
export type TPasskeyButtonTexts = Awaited<ReturnType<typeof passkeyButtonTexts>>

/**
 * The passkeys list on the Security page: every word of the list, its rows and its problems,
 * translated on the server. The list comes from the API in the browser, so a passkey's name and
 * dates go into their texts there (`fill`); dates are formatted with the portal's locale and
 * time zone, as on the server.
 */
export async function passkeysSectionTexts() {
  const [locale, timeZone, t, button] = await Promise.all([
    getLocale(),
    getTimeZone(),
    getTranslations('Passkeys'),
    passkeyButtonTexts('factor'),
  ])
  return {
    locale,
    timeZone,
    intro: t('intro'),
    confirm: t('confirm'),
    loading: t('loading'),
    empty: t('empty'),
    listLabel: t('listLabel'),
    name: t('name'),
    nameHint: t('nameHint'),
    nameRequired: t('nameRequired'),
    defaultName: t('defaultName'),
    add: t('add'),
    waiting: t('waiting'),
    done: { added: t('added'), renamed: t('renamed'), removed: t('removed') },
    problems: button.problems,
    tooMany: button.tooMany,
    row: {
      addedOn: t('addedOn', { date: '{date}' }),
      lastUsed: t('lastUsed', { date: '{date}' }),
      neverUsed: t('neverUsed'),
      synced: t('synced'),
      deviceBound: t('deviceBound'),
      rename: t('rename'),
      renameLabel: t('renameLabel', { name: '{name}' }),
      nameRequired: t('nameRequired'),
      save: t('save'),
      cancel: t('cancel'),
      remove: t('remove'),
      removeConfirm: t('removeConfirm', { name: '{name}' }),
      removeYes: t('removeYes'),
    },
  }
}
export type TPasskeysSectionTexts = Awaited<ReturnType<typeof passkeysSectionTexts>>
export type TPasskeyRowTexts = TPasskeysSectionTexts['row']
