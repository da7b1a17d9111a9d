import { describe, expect, it } from 'vitest'

import {
  bandwidthOf,
  hlsArgs,
  LADDER,
  renditionsFor,
  thumbnailPlan,
  thumbnailsVtt,
  widthFor,
} from './hls-ladder'
import { parseMediaPlaylist } from './transcode'

const source = {
  width: 1920,
  height: 1080,
  fps: 25,
  durationSeconds: 60,
  hasAudio: true,
  videoCodec: 'h264',
}

describe('the HLS ladder', () => {
  it('keeps every rung at or below the source and never enlarges', () => {
    expect(renditionsFor({ height: 2160 }).map((r) => r.name)).toEqual(['1080p', '720p', '480p'])
    expect(renditionsFor({ height: 1080 }).map((r) => r.name)).toEqual(['1080p', '720p', '480p'])
    expect(renditionsFor({ height: 800 }).map((r) => r.name)).toEqual(['720p', '480p'])
    expect(renditionsFor({ height: 361 })).toEqual([{ ...LADDER[2], name: '360p', height: 360 }])
  })

  it('keeps the aspect ratio with even widths (portrait too)', () => {
    expect(widthFor(source, 720)).toBe(1280)
    expect(widthFor({ width: 1080, height: 1920 }, 480)).toBe(270)
    expect(widthFor({ width: 1000, height: 1000 }, 479)).toBe(480)
  })

  it('maps audio only when the source has it', () => {
    const withAudio = hlsArgs({
      input: 'in.mp4',
      outDir: '/o',
      source,
      renditions: renditionsFor(source),
    })
    expect(withAudio[withAudio.indexOf('-var_stream_map') + 1]).toBe(
      'v:0,a:0,name:1080p v:1,a:1,name:720p v:2,a:2,name:480p',
    )
    const silent = hlsArgs({
      input: 'in.mp4',
      outDir: '/o',
      source: { ...source, hasAudio: false },
      renditions: renditionsFor(source),
    })
    expect(silent[silent.indexOf('-var_stream_map') + 1]).toBe(
      'v:0,name:1080p v:1,name:720p v:2,name:480p',
    )
    expect(silent).not.toContain('0:a:0')
    expect(silent).not.toContain('aac')
  })

  it('passes the input as one argument, whatever its name', () => {
    const args = hlsArgs({
      input: 'a b; rm -rf ~.mp4',
      outDir: '/o',
      source,
      renditions: renditionsFor(source),
    })
    expect(args[args.indexOf('-i') + 1]).toBe('a b; rm -rf ~.mp4')
  })

  it('announces a bandwidth above the average rate', () => {
    expect(bandwidthOf(LADDER[0], true)).toBe(5510_000)
    expect(bandwidthOf(LADDER[0], false)).toBe(5350_000)
  })
})

describe('the thumbnail strip', () => {
  it('samples at most 60 frames, one per whole second or more', () => {
    expect(thumbnailPlan(6)).toEqual({ every: 1, count: 6, columns: 6, rows: 1 })
    expect(thumbnailPlan(60)).toEqual({ every: 1, count: 60, columns: 10, rows: 6 })
    expect(thumbnailPlan(600)).toEqual({ every: 10, count: 60, columns: 10, rows: 6 })
    expect(thumbnailPlan(0.4)).toEqual({ every: 1, count: 1, columns: 1, rows: 1 })
  })

  it('maps each interval to its tile', () => {
    const vtt = thumbnailsVtt({
      durationSeconds: 12.5,
      spriteUrl: '/s.jpg',
      plan: thumbnailPlan(12.5),
    })
    const cues = vtt.split('\n\n').slice(1)
    expect(cues).toHaveLength(13)
    expect(cues[0]).toBe('00:00:00.000 --> 00:00:01.000\n/s.jpg#xywh=0,0,160,90')
    expect(cues[10]).toBe('00:00:10.000 --> 00:00:11.000\n/s.jpg#xywh=0,90,160,90')
    expect(cues[12].trim()).toBe('00:00:12.000 --> 00:00:12.500\n/s.jpg#xywh=320,90,160,90')
  })
})

describe('reading a media playlist', () => {
  it('takes segments with their durations and refuses strange names', () => {
    const text =
      '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.000000,\nseg_000.ts\n#EXTINF:2.5,\nseg_001.ts\n#EXT-X-ENDLIST\n'
    expect(parseMediaPlaylist(text)).toEqual({
      target: 4,
      segments: [
        { file: 'seg_000.ts', durationSeconds: 4 },
        { file: 'seg_001.ts', durationSeconds: 2.5 },
      ],
    })
    expect(() => parseMediaPlaylist('#EXTINF:4,\n../../etc/passwd\n')).toThrow(/unexpected segment/)
  })
})
