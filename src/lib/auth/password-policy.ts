import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * NIST SP 800-63B password rules: at least 12 characters, no composition rules, and refuse
 * passwords that are known to be common or breached. The list is zxcvbn-ts's 49,000 most common
 * passwords from public breach corpora (package @zxcvbn-ts/language-common, MIT), shipped with the
 * project — no lookup leaves the server. A long password is also refused when it is only a listed
 * password or a word about us, padded with digits and punctuation ("dragon123456",
 * "Donkervoort2026!"), a keyboard run, or one character repeated.
 */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256

/** Words anyone attacking this portal tries first (context-specific words, SP 800-63B 5.1.1.2). */
const CONTEXT_WORDS = [
  'donkervoort',
  'lelystad',
  'supercar',
  'portal',
  'welcome',
  'password',
  'passw0rd',
  'f22',
  'gto',
  'd8gto',
]

let common: Set<string> | null = null
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary['passwords-common'] as string[]), ...CONTEXT_WORDS])
  return common
}

const KEYBOARD_RUNS = [
  'qwertyuiopasdfghjklzxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  'qwertzuiopasdfghjklyxcvbnm',
  '1234567890',
  '0987654321',
  'abcdefghijklmnopqrstuvwxyz',
]

/** Lowercase, with leading and trailing digits, spaces and punctuation removed. */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[\d\W_]+/, '')
    .replace(/[\d\W_]+$/, '')
}

export type TPasswordProblem = 'too-short' | 'too-long' | 'too-common'

export function passwordProblem(password: string): TPasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too-short'
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long'
  const lower = password.toLowerCase()
  const list = commonPasswords()
  if (list.has(lower)) return 'too-common'
  if (/^(.)\1+$/u.test(password)) return 'too-common'
  // Only digits and punctuation: dates, phone-pad runs, "1234567890!!".
  if (/^[\d\W_]+$/.test(password)) return 'too-common'
  const c = core(password)
  if (c.length >= 3 && list.has(c)) return 'too-common'
  // The same listed word twice ("dragondragon"), or a keyboard / alphabet run.
  if (
    c.length % 2 === 0 &&
    list.has(c.slice(0, c.length / 2)) &&
    c.slice(0, c.length / 2) === c.slice(c.length / 2)
  ) {
    return 'too-common'
  }
  if (c.length >= 6 && KEYBOARD_RUNS.some((run) => run.includes(c))) return 'too-common'
  return null
}
