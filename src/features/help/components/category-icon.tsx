import {
  CalendarDays,
  CreditCard,
  FileSignature,
  SlidersHorizontal,
  Sparkles,
  Truck,
  type TIcon,
} from '@/components/ui/icons'
import type { THelpCategoryIcon } from '@/lib/help/categories'

const ICONS: Record<THelpCategoryIcon, TIcon> = {
  truck: Truck,
  sliders: SlidersHorizontal,
  'credit-card': CreditCard,
  'file-signature': FileSignature,
  calendar: CalendarDays,
  sparkles: Sparkles,
}

export function CategoryIcon({ icon }: { icon: string | null | undefined }) {
  const Icon = ICONS[(icon ?? 'sparkles') as THelpCategoryIcon] ?? Sparkles
  return <Icon size={20} strokeWidth={1.25} aria-hidden="true" className="text-amber" />
}
