import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect } from '@playwright/test'

import { E2E } from '../../../playwright.config'

export type TReceivedMail = {
  to: string[]
  subject: string
  text: string
  html: string
  date: string
}

type TWaitOptions = {
  timeoutMs?: number
  /** Only mails whose subject equals this (or matches it). */
  subject?: string | RegExp
}

/** Every mail the SMTP sink has received so far, oldest first. */
export function receivedMails(): TReceivedMail[] {
  if (!existsSync(E2E.mailDir)) return []
  // The sink names files `<epoch ms>-<sequence>.json`.
  const order = (f: string) => f.split(/[-.]/).slice(0, 2).map(Number)
  return readdirSync(E2E.mailDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)]
      return x[0] - y[0] || x[1] - y[1]
    })
    .map((f) => JSON.parse(readFileSync(path.join(E2E.mailDir, f), 'utf8')) as TReceivedMail)
}

export function mailsTo(address: string): TReceivedMail[] {
  return receivedMails().filter((m) => m.to.includes(address.toLowerCase()))
}

/** Waits until a mail to `address` (optionally with a given subject) has reached the SMTP sink, and returns the newest one. */
export async function waitForMail(
  address: string,
  options: number | TWaitOptions = {},
): Promise<TReceivedMail> {
  const { timeoutMs = 30_000, subject } =
    typeof options === 'number' ? { timeoutMs: options } : options
  const wanted = (m: TReceivedMail) =>
    subject === undefined ||
    (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject))
  let found: TReceivedMail | undefined
  await expect
    .poll(
      () => {
        found = mailsTo(address).filter(wanted).at(-1)
        return Boolean(found)
      },
      {
        message: `a mail to ${address}${subject ? ` with subject ${subject}` : ''}`,
        timeout: timeoutMs,
        intervals: [500],
      },
    )
    .toBe(true)
  return found!
}

export function linkFrom(mail: TReceivedMail): string {
  const match = /https?:\/\/\S+\/set-password\?token=[\w-]+/.exec(mail.text)
  if (!match) throw new Error(`no account link in mail "${mail.subject}"`)
  return match[0]
}
