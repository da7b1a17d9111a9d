// A real SMTP server for tests: accepts every message and stores it parsed, one JSON file per
// mail, so browser tests can read the invitation a user would receive.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

const port = Number(process.env.SMTP_SINK_PORT || 2526)
const dir = path.resolve(process.env.SMTP_SINK_DIR || '.data/test-mail')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
let n = 0

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const record = {
          to: mail.to
            ? [mail.to].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()))
            : [],
          from: mail.from?.text,
          subject: mail.subject,
          text: mail.text,
          html: mail.html || '',
          date: new Date().toISOString(),
        }
        writeFileSync(path.join(dir, `${Date.now()}-${++n}.json`), JSON.stringify(record, null, 2))
        callback()
      })
      .catch(callback)
  },
})
server.listen(port, '127.0.0.1', () =>
  process.stdout.write(`smtp sink on ${port}, writing to ${dir}\n`),
)
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
