// The measuring half of scripts/bench/transcode.mjs (through tsx): the project's own HLS
// transcode of one clip, timed, and its ratio to the clip's duration.
import os from 'node:os'

import { probe } from '../../src/lib/video/ffmpeg'
import { transcodeToHls } from '../../src/lib/video/transcode'

const [input, outDir] = process.argv.slice(2)
const source = await probe(input)
const t0 = performance.now()
const result = await transcodeToHls({ input, outDir })
const seconds = (performance.now() - t0) / 1000
const ratio = seconds / source.durationSeconds
console.log(
  `clip: ${source.durationSeconds.toFixed(1)} s, ${source.width}x${source.height}; ` +
    `renditions: ${result.renditions.map((r) => r.name).join(', ')}; ${os.cpus().length} CPU cores`,
)
console.log(
  `transcode: ${seconds.toFixed(1)} s; ratio (transcode time ÷ clip duration): ${ratio.toFixed(2)}`,
)
process.exit(0)
