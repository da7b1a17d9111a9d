import 'server-only'

import { getTranslations } from 'next-intl/server'

/**
 * The chat's words, translated here on the server and handed to the client components as plain
 * strings: the messages page then ships no message catalogue and no next-intl runtime. What is
 * only known in the browser (who is typing, when a message was read, a file's name) goes in a
 * `{slot}` the component fills (src/lib/i18n/fill.ts); dates are formatted there with Intl.
 */
export async function chatTexts() {
  const t = await getTranslations('Messages.page')
  return {
    title: t('title'),
    offline: t('offline'),
    reconnecting: t('reconnecting'),
    older: t('older'),
    beginning: t('beginning'),
    empty: t('empty'),
    typing: t('typing', { name: '{name}' }),
    typingSomeone: t('typingSomeone'),
    list: {
      today: t('today'),
      yesterday: t('yesterday'),
      read: t('read', { time: '{time}' }),
      attachment: t('attachment'),
      sending: t('sending'),
      queued: t('queued'),
      failed: t('failed'),
      retry: t('retry'),
    },
    composer: {
      drop: t('drop'),
      about: t('about'),
      aboutNone: t('aboutNone'),
      remove: t('remove', { name: '{name}' }),
      attach: t('attach'),
      composer: t('composer'),
      placeholder: t('placeholder'),
      send: t('send'),
      tooLong: t('tooLong'),
      badFile: t('badFile', { name: '{name}' }),
      uploadFailed: t('uploadFailed', { name: '{name}' }),
    },
  }
}
export type TChatTexts = Awaited<ReturnType<typeof chatTexts>>
