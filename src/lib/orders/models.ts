/*
 * Order domain constants (models here, stages in stages.ts) live in lib, not in a feature: the
 * Orders collection, the order and dashboard features and the seed all read them, and a collection
 * importing a feature would let portal UI code leak into the Payload config. lib is the layer both
 * already depend on, so no new top-level folder is needed.
 */

/** Cars an order can be for; labels are product names and are not translated. */
export const MODELS = [
  { value: 'p24-rs', label: 'Donkervoort P24 RS' },
  { value: 'f22', label: 'Donkervoort F22' },
  { value: 'd8-gto-individual-series', label: 'Donkervoort D8 GTO Individual Series' },
  { value: 'd8-gto-jd70', label: 'Donkervoort D8 GTO-JD70' },
] as const
export type TModel = (typeof MODELS)[number]['value']

export function modelLabel(value: string | null | undefined): string {
  return MODELS.find((m) => m.value === value)?.label ?? 'Donkervoort'
}

export const CONFIGURATION_GROUPS = [
  'exterior',
  'interior',
  'wheels',
  'performance',
  'comfort',
  'options',
  'other',
] as const
export type TConfigurationGroup = (typeof CONFIGURATION_GROUPS)[number]
