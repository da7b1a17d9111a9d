import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { CONFIGURATION_GROUPS } from '@/lib/orders/models'
import { DEMO_CONFIGURATIONS } from '@/seed/demo-configurations'

import { renderBuildSheet } from './build-sheet'
import type { TCar } from './car-queries'

const car = (options: NonNullable<(typeof DEMO_CONFIGURATIONS)[string]>): TCar => ({
  id: 'c',
  orderNumber: 'DV-2025-0418',
  orderDate: '2025-10-01T00:00:00.000Z',
  model: 'p24-rs',
  stage: 'production',
  vin: 'XM9P24RS0SL000418',
  deliveredAt: null,
  deliveryWindowStart: null,
  deliveryWindowEnd: null,
  ownerName: 'Łucja Żółć-Müller',
  groups: CONFIGURATION_GROUPS.map((group) => ({
    group,
    options: options
      .filter((o) => o.group === group)
      .map((o, i) => ({
        id: `${group}-${i}`,
        label: o.label ?? null,
        option: o.option ?? '',
        swatch: o.swatch ?? null,
        image: null,
      })),
  })).filter((g) => g.options.length),
})

describe('renderBuildSheet', () => {
  it('prints any Latin name (not only WinAnsi) and names itself in the reader’s language', async () => {
    const bytes = await renderBuildSheet(car(DEMO_CONFIGURATIONS['DV-2025-0418']), 'nl')
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getTitle()).toBe('Bouwblad · Donkervoort P24 RS DV-2025-0418')
    expect(pdf.getPageCount()).toBe(1)
    // Fonts are subset: the sheet stays small although DejaVu is 760 kB.
    expect(bytes.length).toBeLessThan(120_000)
  })

  it('continues on a new page when the configuration is long', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      group: 'options' as const,
      label: `Option ${i}`,
      option: `A long description of option number ${i} that wraps onto a second line of the sheet`,
      swatch: i % 2 ? '#c8a46a' : null,
    }))
    const pdf = await PDFDocument.load(await renderBuildSheet(car(many), 'en'))
    expect(pdf.getPageCount()).toBeGreaterThan(1)
  })
})
