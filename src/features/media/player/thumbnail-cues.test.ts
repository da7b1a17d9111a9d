import { describe, expect, it } from 'vitest'

import { thumbnailPlan, thumbnailsVtt } from '@/lib/video/hls-ladder'

import { parseThumbnailsVtt, parseVttTimestamp, thumbnailAt } from './thumbnail-cues'

const BASE = 'https://portal.example/api/media/1/hls/thumbnails.vtt?token=abc'

describe('parseVttTimestamp', () => {
  it('reads hours, minutes, seconds and milliseconds', () => {
    expect(parseVttTimestamp('00:00:01.000')).toBe(1)
    expect(parseVttTimestamp('01:02:03.500')).toBe(3723.5)
    expect(parseVttTimestamp('02:03.250')).toBe(123.25)
  })
})

describe('parseThumbnailsVtt', () => {
  it('reads the file the transcode writes: every cue with its tile of the sprite', () => {
    const spriteUrl = '/api/files/sprite-id?exp=1&sig=x'
    const vtt = thumbnailsVtt({
      durationSeconds: 12.5,
      spriteUrl,
      plan: thumbnailPlan(12.5, 60, 5),
    })
    const cues = parseThumbnailsVtt(vtt, BASE)
    expect(cues).toHaveLength(13)
    expect(cues[0]).toEqual({
      start: 0,
      end: 1,
      src: 'https://portal.example/api/files/sprite-id?exp=1&sig=x',
      tile: { x: 0, y: 0, w: 160, h: 90 },
    })
    // The sixth tile starts the second row of five.
    expect(cues[5].tile).toEqual({ x: 0, y: 90, w: 160, h: 90 })
    expect(cues[6].tile).toEqual({ x: 160, y: 90, w: 160, h: 90 })
    expect(cues[12]).toMatchObject({ start: 12, end: 12.5 })
  })

  it('accepts identifiers, CRLF, a BOM, pixel: fragments and short timestamps', () => {
    const vtt =
      '\uFEFFWEBVTT - thumbs\r\n\r\nNOTE made by hand\r\n\r\nfirst\r\n00:05.000 --> 00:10.000\r\nstrip.jpg#xywh=pixel:320,0,160,90\r\n\r\n' +
      '00:00.000 --> 00:05.000 align:start\r\nhttps://cdn.example/whole.jpg\r\n'
    expect(parseThumbnailsVtt(vtt, BASE)).toEqual([
      { start: 0, end: 5, src: 'https://cdn.example/whole.jpg', tile: null },
      {
        start: 5,
        end: 10,
        src: 'https://portal.example/api/media/1/hls/strip.jpg',
        tile: { x: 320, y: 0, w: 160, h: 90 },
      },
    ])
  })

  it('skips broken cues and refuses a file that is not WebVTT', () => {
    const vtt =
      'WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nbackwards.jpg#xywh=0,0,1,1\n\n' +
      '00:00:02.000 --> 00:00:03.000\n\n' +
      '00:00:03.000 --> 00:00:04.000\nempty.jpg#xywh=0,0,0,90\n\n' +
      '00:00:04.000 --> 00:00:05.000\ngood.jpg#xywh=0,0,160,90\n'
    expect(parseThumbnailsVtt(vtt, BASE).map((c) => c.start)).toEqual([4])
    expect(parseThumbnailsVtt('<html>not found</html>', BASE)).toEqual([])
    expect(parseThumbnailsVtt('', BASE)).toEqual([])
  })
})

describe('thumbnailAt', () => {
  const cues = parseThumbnailsVtt(
    thumbnailsVtt({ durationSeconds: 600, spriteUrl: 's.jpg', plan: thumbnailPlan(600) }),
    BASE,
  )

  it('finds the tile whose interval holds the time', () => {
    expect(thumbnailAt(cues, 0)?.start).toBe(0)
    expect(thumbnailAt(cues, 9.99)?.start).toBe(0)
    expect(thumbnailAt(cues, 10)?.start).toBe(10)
    expect(thumbnailAt(cues, 305)?.tile).toEqual({ x: 0, y: 270, w: 160, h: 90 })
    expect(thumbnailAt(cues, 599.9)?.start).toBe(590)
  })

  it('keeps the last tile just past the end, and answers null outside or without cues', () => {
    expect(thumbnailAt(cues, 600.4)?.start).toBe(590)
    expect(thumbnailAt(cues, 650)).toBeNull()
    expect(thumbnailAt(cues, -1)).toBeNull()
    expect(thumbnailAt([], 3)).toBeNull()
  })
})
