import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'

import { env } from '@/lib/env'

/** The .eml in the outbox addressed to `to`, parsed; null while none has been sent. */
export async function mailTo(to: string) {
  const dir = path.resolve(env.OUTBOX_DIR)
  const files = await readdir(dir).catch(() => [] as string[]) // the folder appears with the first mail
  for (const file of files) {
    if (!file.endsWith('.eml')) continue
    const raw = await readFile(path.join(dir, file))
    if (raw.includes(to)) return simpleParser(raw)
  }
  return null
}

/** How many .eml files in the outbox are addressed to `to`: a mail sent twice counts twice. */
export async function mailCountTo(to: string): Promise<number> {
  const dir = path.resolve(env.OUTBOX_DIR)
  const files = await readdir(dir).catch(() => [] as string[])
  let count = 0
  for (const file of files) {
    if (file.endsWith('.eml') && (await readFile(path.join(dir, file))).includes(to)) count++
  }
  return count
}
