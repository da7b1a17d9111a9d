import { describe, expect, it } from 'vitest'

import { localizedHref, switchLocale, withoutLocale } from './locale-path'

describe('localizedHref', () => {
  it('puts the locale in front of portal paths, query and fragment kept', () => {
    expect(localizedHref('de', '/')).toBe('/de')
    expect(localizedHref('de', '/orders/8c0e')).toBe('/de/orders/8c0e')
    expect(localizedHref('nl', '/?signedOut=1')).toBe('/nl?signedOut=1')
    expect(localizedHref('nl', '/#main')).toBe('/nl#main')
    expect(localizedHref('en', '/help?q=tyres#top')).toBe('/en/help?q=tyres#top')
  })

  it('leaves other origins, mail links, fragments and relative paths alone', () => {
    expect(localizedHref('en', 'https://donkervoort.com/')).toBe('https://donkervoort.com/')
    expect(localizedHref('en', '//cdn.example/x')).toBe('//cdn.example/x')
    expect(localizedHref('en', 'mailto:care@donkervoort.com')).toBe('mailto:care@donkervoort.com')
    expect(localizedHref('en', '#main')).toBe('#main')
    expect(localizedHref('en', 'car')).toBe('car')
  })
})

describe('withoutLocale / switchLocale', () => {
  it('strips only a known locale segment', () => {
    expect(withoutLocale('/en')).toBe('/')
    expect(withoutLocale('/en/')).toBe('/')
    expect(withoutLocale('/nl/orders/1/car')).toBe('/orders/1/car')
    expect(withoutLocale('/admin/collections')).toBe('/admin/collections')
    expect(withoutLocale('/english')).toBe('/english')
  })

  it('swaps the language and keeps the page', () => {
    expect(switchLocale('/nl', 'de')).toBe('/de')
    expect(switchLocale('/nl/orders/1', 'en')).toBe('/en/orders/1')
    expect(switchLocale('/en/account/security', 'nl')).toBe('/nl/account/security')
  })
})
