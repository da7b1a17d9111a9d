import type { Order } from '@/payload-types'

type TOption = NonNullable<Order['configuration']>[number]

/*
 * The demo cars' configurations, written in English (the default locale); demo-translations.ts
 * holds their Dutch and German. Swatch colours are the paint, leather and stitching a customer
 * chose, so "My car" shows them as chips.
 */
const o = (group: TOption['group'], label: string, option: string, swatch?: string): TOption => ({
  group,
  label,
  option,
  swatch: swatch ?? null,
})

export const DEMO_CONFIGURATIONS: Record<string, TOption[]> = {
  'DV-2025-0418': [
    o('exterior', 'Body', 'Exposed carbon body, satin clear coat', '#23262b'),
    o('exterior', 'Accents', 'Gloss black accents', '#0d0d0f'),
    o('interior', 'Upholstery', 'Cognac leather with contrast stitching', '#8a4b2a'),
    o('interior', 'Stitching', 'Ivory contrast stitching', '#e8e1cf'),
    o('wheels', 'Wheels', '18" forged aluminium, diamond cut', '#b8b9bb'),
    o('performance', 'Chassis', 'Track pack with adjustable dampers'),
    o('options', 'Luggage', 'Fitted luggage set in matching leather'),
  ],
  'DV-2026-0107': [
    o('exterior', 'Paint', 'Heritage green over exposed carbon', '#1f3b2d'),
    o('interior', 'Upholstery', 'Black Alcantara', '#1a1a1c'),
    o('wheels', 'Wheels', '18" forged aluminium, satin black', '#2b2b2e'),
    o('options', 'Roof', 'Removable carbon hard top'),
  ],
  'DV-2024-0932': [
    o('exterior', 'Paint', 'Lelystad orange over exposed carbon', '#d2561e'),
    o('exterior', 'Accents', 'Gloss black accents', '#0d0d0f'),
    o('interior', 'Upholstery', 'Black leather with orange stitching', '#17171a'),
    o('wheels', 'Wheels', '18" forged aluminium, diamond cut', '#b8b9bb'),
    o('performance', 'Brakes', 'Carbon-ceramic brakes'),
  ],
  'DV-2023-0211': [
    o('exterior', 'Paint', 'Silverstone grey, gloss', '#6d7073'),
    o('interior', 'Upholstery', 'Cognac leather with contrast stitching', '#8a4b2a'),
    o('wheels', 'Wheels', '18" forged aluminium, diamond cut', '#b8b9bb'),
    o('performance', 'Chassis', 'Track pack with adjustable dampers'),
    o('options', 'Care', 'Indoor car cover with embroidered emblem'),
  ],
  'DV-2026-0355': [
    o('exterior', 'Paint', 'Provisional: exposed carbon, gloss clear coat', '#23262b'),
    o('interior', 'Upholstery', 'Provisional: to be chosen at your configuration session'),
  ],
}

/** Chassis numbers of the demo cars that have a chassis already (production and later). */
export const DEMO_VINS: Record<string, string> = {
  'DV-2025-0418': 'XM9P24RS0SL000418',
  'DV-2024-0932': 'XM9D8JD70RL000932',
  'DV-2023-0211': 'XM9D8GT03PL000211',
}
