import de from '@/messages/de.json'
import en from '@/messages/en.json'
import nl from '@/messages/nl.json'

import type { TLocale } from './locales'

export const MESSAGES: Record<TLocale, typeof en> = { nl, en, de }
