// Browser tests run in Debian's Chromium (Playwright cannot download its own browsers here).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * How every browser of ours is launched (tests, benchmark): Debian's Chromium, headless as root,
 * with its calls home switched off (this network refuses them).
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (existsSync(configured)) return configured
    fail(`CHROMIUM_PATH is set to ${configured}, but no browser is there.`)
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (found) return found
  const isRoot = process.getuid?.() === 0
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    process.stdout.write("Chromium is missing: installing Debian's chromium package…\n")
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
    if (r.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  }
  fail('Chromium was not found and could not be installed.')
}

function fail(message) {
  process.stderr.write(
    `\n${message}\nInstall Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary, then run npm test again.\n`,
  )
  process.exit(2)
}
