import { LogOut } from '@/components/ui/icons'

import { signOutAction } from '../actions'

/** Ends this browser's portal session (a form, so it works before any script has loaded). */
export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        title={label}
        className="inline-flex items-center gap-2 px-2 py-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber"
      >
        <LogOut size={14} aria-hidden="true" />
        {/* The word only on wide screens: beside eight sections the header keeps the icon. */}
        <span className="sr-only 2xl:not-sr-only">{label}</span>
      </button>
    </form>
  )
}
