import type { Readable } from 'node:stream'

import { env } from '../env'
import { AppError } from '../errors'
import { logger } from '../logger'
import { clamdScan, ScannerUnavailableError } from './clamd'

/**
 * Scans an upload when CLAMD_HOST is set; without it, does nothing. An infected file is refused
 * (422), and so is every upload while the scanner cannot give an answer (503): a file is never
 * stored unscanned.
 */
export async function scanForViruses(open: () => Readable): Promise<void> {
  if (!env.CLAMD_HOST) return
  try {
    const result = await clamdScan({
      host: env.CLAMD_HOST,
      port: env.CLAMD_PORT,
      timeoutMs: env.CLAMD_TIMEOUT_MS,
      source: open(),
    })
    if (result.clean) return
    logger.warn({ signature: result.signature }, 'upload refused: virus scanner found malware')
    throw new AppError(
      'UNPROCESSABLE',
      'This file was refused: the virus scanner found malware in it.',
    )
  } catch (err) {
    if (!(err instanceof ScannerUnavailableError)) throw err
    logger.error({ err }, 'upload refused: virus scanner unavailable')
    throw new AppError(
      'UNAVAILABLE',
      'Uploads are paused because the virus scanner cannot be reached. Please try again later.',
      { headers: { 'retry-after': '60' }, cause: err },
    )
  }
}
