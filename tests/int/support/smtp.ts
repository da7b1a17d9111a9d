import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type TSink = {
  url: string
  mails: ParsedMail[]
  to: (address: string) => ParsedMail[]
  close: () => Promise<void>
}

/** A real SMTP server on a free loopback port that keeps every mail it accepts, parsed. */
export async function startSmtpSink(): Promise<TSink> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const addressesOf = (m: ParsedMail) =>
    [m.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()))
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to: (address) => mails.filter((m) => addressesOf(m).includes(address.toLowerCase())),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
