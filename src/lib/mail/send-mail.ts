import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'

import { env } from '../env'
import { logger } from '../logger'

export type TMail = {
  to: string
  subject: string
  html: string
  text: string
  from?: string
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on notification mails. */
  headers?: Record<string, string>
  /** A stable Message-ID, so a receiver can tell a resent mail from a new one. */
  messageId?: string
}
export type TDelivery = { via: 'smtp'; messageId: string } | { via: 'outbox'; file: string }

let smtp: { url: string; transport: Transporter } | undefined
let outbox: Transporter | undefined

/**
 * Sends through SMTP when SMTP_URL is set. Without it (development), the message is written as an
 * .eml file to the outbox folder, so no mail is ever silently dropped.
 */
export async function sendMail(mail: TMail): Promise<TDelivery> {
  const message = {
    from: mail.from ?? env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    ...(mail.headers ? { headers: mail.headers } : {}),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
  }
  if (env.SMTP_URL) {
    // One transport per URL: a changed setting (tests point it elsewhere) is not served stale.
    if (smtp?.url !== env.SMTP_URL)
      smtp = { url: env.SMTP_URL, transport: nodemailer.createTransport(env.SMTP_URL) }
    const info = await smtp.transport.sendMail(message)
    logger.info({ to: mail.to, messageId: info.messageId }, 'mail sent via SMTP')
    return { via: 'smtp', messageId: info.messageId }
  }
  outbox ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const info = await outbox.sendMail(message)
  const dir = path.resolve(env.OUTBOX_DIR)
  await mkdir(dir, { recursive: true })
  const file = path.join(
    dir,
    `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`,
  )
  await writeFile(file, info.message as Buffer, { mode: 0o600 })
  logger.info({ to: mail.to, file }, 'SMTP_URL not set: mail written to the outbox folder')
  return { via: 'outbox', file }
}

/** "Name <address>" → parts, for Payload's email adapter. */
export function parseFrom(from: string): { name: string; address: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return m
    ? { name: m[1].replace(/^"|"$/g, ''), address: m[2] }
    : { name: '', address: from.trim() }
}
