// Development-only secrets, generated once per checkout and kept in the data directory (never
// committed), so `npm start` and `npm run dev` work on a fresh machine without any configuration.
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

/** @param {string} dataDir @returns {{ PAYLOAD_SECRET: string, EMBEDDED_PG_PASSWORD: string }} */
export function loadDevSecrets(dataDir) {
  const file = path.join(path.resolve(dataDir), 'dev-secrets.json')
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8'))
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const secrets = {
    PAYLOAD_SECRET: randomBytes(32).toString('base64url'),
    EMBEDDED_PG_PASSWORD: randomBytes(18).toString('base64url'),
  }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  chmodSync(file, 0o600)
  return secrets
}

/**
 * The development storage keyring (`STORAGE_KEYS` format), generated once in the data directory.
 * Created with link() from a finished temp file, so concurrent first starts (parallel test
 * workers) all end up with the same key instead of each writing its own.
 * @param {string} dataDir @returns {string}
 */
export function loadDevStorageKeys(dataDir) {
  const file = path.join(path.resolve(dataDir), 'dev-storage-keys')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    writeFileSync(temp, `dev1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 })
    try {
      linkSync(temp, file)
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err
    } finally {
      unlinkSync(temp)
    }
  }
  return readFileSync(file, 'utf8').trim()
}
