/**
 * Just enough semver to compare installed package versions with the first fixed version of an
 * advisory (security/advisories.json). No ranges, no build metadata.
 */
type TVersion = { core: [number, number, number]; pre: string[] }

export function parseVersion(input: string): TVersion {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(input.trim())
  if (!match) throw new Error(`not a version: ${input}`)
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] ? match[4].split('.') : [],
  }
}

function comparePre(a: string[], b: string[]): number {
  // A release is newer than any of its pre-releases (1.0.0-beta < 1.0.0).
  if (!a.length || !b.length) return b.length - a.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1
    if (b[i] === undefined) return 1
    const [x, y] = [a[i], b[i]]
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)]
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y)
    if (nx !== ny) return nx ? -1 : 1
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)]
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i]
  return comparePre(x.pre, y.pre)
}

const line = (v: string) => parseVersion(v).core.slice(0, 2).join('.')

/**
 * Is `installed` exposed to an advisory fixed in `fixed` (one first-fixed version per release
 * line, e.g. ["14.2.25", "15.2.3"])? Safe: below `introduced`, at or past the fix on its own
 * line, or at or past the newest fix. A line without a listed fix counts as exposed: we would
 * rather look it up than assume.
 */
export function isExposed(installed: string, fixed: readonly string[], introduced?: string) {
  if (introduced && compareVersions(installed, introduced) < 0) return false
  const own = fixed.find((f) => line(f) === line(installed))
  if (own) return compareVersions(installed, own) < 0
  const newest = [...fixed].sort(compareVersions).at(-1)
  return newest === undefined || compareVersions(installed, newest) < 0
}
