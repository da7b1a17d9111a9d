import { Link } from '@/lib/i18n/navigation'
import { modelLabel } from '@/lib/orders/models'

export type TSwitchCar = { id: string; orderNumber: string; model: string }

/**
 * For a customer with several cars: the same view (timeline or "My car") of each of their cars,
 * one tap away. Nothing is shown for a single car.
 */
export function CarSwitcher({
  cars,
  current,
  view,
  label,
}: {
  cars: TSwitchCar[]
  current: string
  view: 'timeline' | 'car'
  label: string
}) {
  if (cars.length < 2) return null
  return (
    <nav
      aria-label={label}
      className="border-b border-line/60 print:hidden"
      data-testid="car-switcher"
    >
      <ul className="mx-auto max-w-7xl px-5 sm:px-8 flex gap-2 overflow-x-auto py-3">
        {cars.map((car) => {
          const active = car.id === current
          return (
            <li key={car.id} className="shrink-0">
              <Link
                href={view === 'car' ? `/orders/${car.id}/car` : `/orders/${car.id}`}
                aria-current={active ? 'page' : undefined}
                className={`block border px-4 py-2 text-xs tracking-[0.14em] uppercase transition-colors ${
                  active
                    ? 'border-amber text-amber'
                    : 'border-line text-mist hover:border-amber/60 hover:text-ivory'
                }`}
              >
                {modelLabel(car.model).replace(/^Donkervoort /, '')}
                <span className="ml-2 text-smoke normal-case tracking-normal">
                  {car.orderNumber}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
