import type { TModel } from './models'

/**
 * Key figures per model as Donkervoort publishes them (indicative; the car's homologation papers
 * are binding). Product data, not per-car data: a car's own choices are its configuration.
 * `powerToWeight` is hp per tonne, the figure the brand leads with.
 */
export type TSpecs = {
  /** Key under MyCar.engines in src/messages/*.json. */
  engine: 'fiveCylinderTurbo'
  powerHp: number
  torqueNm: number
  weightKg: number
  zeroToHundredS: number
  topSpeedKmh: number
}

/** Both D8 GTO series share the drivetrain and the weight; they differ in their finish. */
const D8_GTO: TSpecs = {
  engine: 'fiveCylinderTurbo',
  powerHp: 415,
  torqueNm: 520,
  weightKg: 700,
  zeroToHundredS: 2.7,
  topSpeedKmh: 280,
}

export const MODEL_SPECS: Record<TModel, TSpecs> = {
  'p24-rs': {
    engine: 'fiveCylinderTurbo',
    powerHp: 600,
    torqueNm: 800,
    weightKg: 1000,
    zeroToHundredS: 2.6,
    topSpeedKmh: 300,
  },
  f22: {
    engine: 'fiveCylinderTurbo',
    powerHp: 500,
    torqueNm: 640,
    weightKg: 750,
    zeroToHundredS: 2.5,
    topSpeedKmh: 290,
  },
  'd8-gto-individual-series': D8_GTO,
  'd8-gto-jd70': D8_GTO,
}

export function specsOf(model: string | null | undefined): TSpecs | null {
  return model && model in MODEL_SPECS ? MODEL_SPECS[model as TModel] : null
}

/** Horsepower per tonne, rounded as the brochure does. */
export const powerToWeight = (s: TSpecs) => Math.round((s.powerHp / s.weightKg) * 1000)
