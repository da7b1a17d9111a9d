import { getTranslations } from 'next-intl/server'

import { powerToWeight, type TSpecs } from '@/lib/orders/specs'
import { numberFormat } from '@/lib/i18n/formatters'

/** The model's key figures as a brochure prints them, numbers in the reader's format. */
export async function SpecList({ specs, locale }: { specs: TSpecs; locale: string }) {
  const t = await getTranslations('MyCar')
  const n = (v: number) => numberFormat(locale).format(v)
  const rows = [
    { key: 'engine', value: t(`engines.${specs.engine}`) },
    { key: 'power', value: t('units.hp', { value: n(specs.powerHp) }) },
    { key: 'torque', value: t('units.nm', { value: n(specs.torqueNm) }) },
    { key: 'weight', value: t('units.kg', { value: n(specs.weightKg) }) },
    { key: 'powerToWeight', value: t('units.hpPerTonne', { value: n(powerToWeight(specs)) }) },
    { key: 'zeroToHundred', value: t('units.s', { value: n(specs.zeroToHundredS) }) },
    { key: 'topSpeed', value: t('units.kmh', { value: n(specs.topSpeedKmh) }) },
  ] as const
  return (
    <dl className="grid grid-cols-2 sm:grid-cols-3 gap-px bg-line border border-line print:bg-white">
      {rows.map((r) => (
        <div key={r.key} className="bg-graphite p-4 sm:p-5 print:bg-white">
          <dt className="text-[0.65rem] tracking-[0.18em] uppercase text-smoke mb-2 print:text-neutral-600">
            {t(`spec.${r.key}`)}
          </dt>
          <dd className="font-display text-xl sm:text-2xl font-light text-ivory print:text-black">
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
