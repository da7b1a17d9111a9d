'use client'

import NextLink from 'next/link'
import { useParams, usePathname as useNextPathname } from 'next/navigation'
import type { ComponentProps } from 'react'

import { localizedHref, withoutLocale } from './locale-path'

type TLinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string }

/**
 * `next/link` with the current locale in front of the path. next-intl's own Link reads the locale
 * from its client provider, which would ship the whole message runtime to every page that has a
 * link; the `[locale]` route segment already says it.
 */
export function Link({ href, ...rest }: TLinkProps) {
  const { locale } = useParams<{ locale: string }>()
  return <NextLink href={localizedHref(locale, href)} {...rest} />
}

/** The current path without the locale (`/orders/1` on `/en/orders/1`). */
export function usePathname(): string {
  return withoutLocale(useNextPathname())
}
