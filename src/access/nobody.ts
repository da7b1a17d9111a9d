import type { Access } from 'payload'

/** For system-owned records: no API, admin screen or user may touch them; only system code. */
export const nobody: Access = () => false
