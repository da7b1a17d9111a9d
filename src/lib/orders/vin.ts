/**
 * A vehicle identification number as ISO 3779 writes it: 17 characters, digits and capital
 * letters without I, O and Q (they read like 1 and 0). Europe does not use North America's check
 * digit, so position 9 is not checked; staff type what is stamped on the chassis.
 */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/

/** Spaces and dashes from a copied number dropped, letters capitalised; empty becomes null. */
export function normaliseVin(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const v = value.replace(/[\s-]/g, '').toUpperCase()
  return v || null
}

export function vinProblem(value: string | null): string | null {
  if (value === null) return null
  if (value.length !== 17) return `A VIN has 17 characters; this one has ${value.length}.`
  if (/[IOQ]/.test(value)) return 'A VIN never contains the letters I, O or Q.'
  if (!VIN_PATTERN.test(value)) return 'A VIN contains only the letters A–Z and digits.'
  return null
}
