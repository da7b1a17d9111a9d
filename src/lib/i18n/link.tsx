'use client'

import { useParams, usePathname as useNextPathname, useRouter } from 'next/navigation'
import type { ComponentProps, MouseEvent } from 'react'

import { localizedHref, withoutLocale } from './locale-path'

type TLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  href: string
  /** Replace the current history entry instead of adding one. */
  replace?: boolean
  /** Scroll to the top (or the fragment) after the change, as a document load would; default on. */
  scroll?: boolean
}

/** A click the browser should handle itself: a new tab or window, a download, another target. */
function leaveToBrowser(event: MouseEvent<HTMLAnchorElement>): boolean {
  const a = event.currentTarget
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (a.target !== '' && a.target !== '_self') ||
    a.hasAttribute('download')
  )
}

/**
 * A link inside the portal, with the current locale in front of the path, that changes page
 * through the app router (no document load: the header stays, only the page's server components
 * are fetched). The page behind it is prefetched when the reader shows intent (pointer over it,
 * focus, touch), not for every link in view.
 *
 * Not `next/link`: that component and its helpers cost ~3.5 KiB of script on every page (issue
 * 10's 120 KiB budget) for features the portal does not use. `useRouter` is part of the app
 * router, which every page loads anyway. next-intl's Link would add its message runtime as well.
 */
export function Link({
  href,
  replace,
  scroll = true,
  onClick,
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...rest
}: TLinkProps) {
  const { locale } = useParams<{ locale: string }>()
  const router = useRouter()
  const target = localizedHref(locale, href)
  // Other origins, mail links and fragments are the browser's business.
  const internal = target.startsWith('/') && !target.startsWith('//')
  const prefetch = () => {
    if (internal) router.prefetch(target)
  }
  return (
    <a
      href={target}
      {...rest}
      onClick={(event) => {
        onClick?.(event)
        if (!internal || leaveToBrowser(event)) return
        event.preventDefault()
        if (replace) router.replace(target, { scroll })
        else router.push(target, { scroll })
      }}
      onPointerEnter={(event) => {
        onPointerEnter?.(event)
        prefetch()
      }}
      onFocus={(event) => {
        onFocus?.(event)
        prefetch()
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event)
        prefetch()
      }}
    />
  )
}

/** The current path without the locale (`/orders/1` on `/en/orders/1`). */
export function usePathname(): string {
  return withoutLocale(useNextPathname())
}
