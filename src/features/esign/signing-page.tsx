import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { FilePreview } from '@/features/documents/components/file-preview'
import { requireCustomer } from '@/lib/auth/current-customer'
import { currentCustomerSession } from '@/lib/auth/customer-session'
import { confirmHref } from '@/lib/auth/step-up/confirm-href'
import { stepUpStatus } from '@/lib/auth/step-up/step-up'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { formatDate } from '@/lib/orders/format'
import { getPayload } from '@/payload/get-payload'

import { SignForm } from './components/sign-form'
import { providerSigningUrl } from './provider-signing-url'
import { getSigningView } from './queries'
import { markViewed } from './signer-actions'

const STATE_KEY = {
  completed: 'completed',
  'signed-waiting': 'signedWaiting',
  expired: 'expired',
  cancelled: 'cancelled',
  declined: 'declined',
  'not-your-turn': 'notYourTurn',
} as const

/**
 * /[locale]/documents/sign/[id]: the whole PDF in the page, then intent, legal name and
 * signature, behind a fresh step-up; or the request's end state with the signed PDF's link.
 */
export async function SigningPage({ locale, id }: { locale: TLocale; id: string }) {
  const customer = await requireCustomer(locale)
  const view = await getSigningView({ customer, id, locale })
  if (!view) notFound()
  const t = await getTranslations('Esign')
  if (view.state === 'sign' && view.ownPending && view.provider === 'builtin')
    await markViewed({ payload: await getPayload(), user: customer, id, headers: await headers() })
  const found = view.state === 'sign' ? await currentCustomerSession() : null
  const stepUp = found
    ? await stepUpStatus({ session: found.session, customerId: customer.id, purpose: 'sensitive' })
    : null
  // Another provider's request is signed on its own page: after the same step-up, send the
  // signer there.
  const elsewhere =
    view.state === 'sign' && view.provider !== 'builtin' && stepUp?.ok
      ? await providerSigningUrl({ payload: await getPayload(), customer, id, locale }).catch(
          (err: unknown) => {
            logger.warn({ err, requestId: id }, 'e-signing: no signing URL from the provider')
            return null
          },
        )
      : undefined
  if (elsewhere) redirect(elsewhere)
  const here = `/${locale}/documents/sign/${id}`
  return (
    <div className="mx-auto max-w-4xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <Link href="/documents" className="text-sm text-mist hover:text-amber self-start">
          ← {t('back')}
        </Link>
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-4xl font-light tracking-tight break-words">{view.title}</h1>
        <p className="text-xs text-smoke">
          {t('expires', { date: formatDate(locale, view.expiresAt) })}
        </p>
        {view.state === 'sign' && (
          <p className="text-mist max-w-2xl leading-relaxed">{t('intro')}</p>
        )}
      </header>

      {view.message && (
        <section className="border-l border-amber/50 pl-5">
          <h2 className="text-[0.7rem] tracking-[0.2em] uppercase text-mist mb-2">
            {t('message')}
          </h2>
          <p className="text-ivory whitespace-pre-line leading-relaxed">{view.message}</p>
        </section>
      )}

      {view.state !== 'sign' && (
        <div data-testid="signing-state" data-state={view.state} className="flex flex-col gap-4">
          <Notice tone={view.state === 'completed' ? 'success' : 'info'}>
            {t(`state.${STATE_KEY[view.state]}`)}
          </Notice>
          {view.state === 'completed' && view.signedFile && (
            <>
              <p className="text-sm text-mist max-w-2xl">{t('signedNote')}</p>
              <Button asChild className="self-start">
                <a
                  href={`/api/files/${view.signedFile}?download=1`}
                  download
                  data-testid="download-signed"
                >
                  {t('downloadSigned')}
                </a>
              </Button>
            </>
          )}
        </div>
      )}

      {(view.signedFile ?? view.originalFile) && (
        <section aria-labelledby="review" className="flex flex-col gap-2">
          <h2 id="review" className="eyebrow">
            {t('review')}
          </h2>
          <FilePreview
            fileId={(view.state === 'completed' && view.signedFile) || view.originalFile!}
            title={view.title}
            fallback={t('previewFallback')}
            openLabel={t('openFile')}
          />
        </section>
      )}

      {elsewhere === null && <Notice tone="error">{t('providerUnavailable')}</Notice>}

      {view.state === 'sign' && stepUp && !stepUp.ok && (
        <section
          className="border border-line bg-graphite/40 p-6 sm:p-8 flex flex-col gap-4"
          data-testid="step-up"
        >
          <h2 className="text-xl font-light">{t('stepUpTitle')}</h2>
          {stepUp.need === 'setup-second-factor' ? (
            <>
              <p className="text-mist">{t('setupFactor')}</p>
              <Button asChild variant="ghost" className="self-start">
                <Link href="/account/security">{t('setupFactorButton')}</Link>
              </Button>
            </>
          ) : (
            <>
              <p className="text-mist">{t('stepUpBody')}</p>
              <Button asChild className="self-start">
                <a href={`/${locale}${confirmHref(here)}`}>{t('stepUpButton')}</a>
              </Button>
            </>
          )}
        </section>
      )}
      {view.state === 'sign' && view.provider === 'builtin' && (
        <SignForm
          id={view.id}
          suggestedName={view.suggestedName}
          canSign={Boolean(stepUp?.ok)}
          confirmUrl={`/${locale}${confirmHref(here)}`}
          texts={{
            intent: t('intent'),
            legalName: t('legalName'),
            legalNameHint: t('legalNameHint'),
            signature: t('signature'),
            draw: t('draw'),
            type: t('type'),
            drawHint: t('drawHint'),
            typedHint: t('typedHint'),
            clear: t('clear'),
            sign: t('sign'),
            signing: t('signing'),
            decline: t('decline'),
            declineReason: t('declineReason'),
            declineButton: t('declineButton'),
            declining: t('declining'),
            errors: {
              REQUEST_EXPIRED: t('errors.REQUEST_EXPIRED'),
              REQUEST_CLOSED: t('errors.REQUEST_CLOSED'),
              NOT_YOUR_TURN: t('errors.NOT_YOUR_TURN'),
              STEP_UP_REQUIRED: t('errors.STEP_UP_REQUIRED'),
              NOT_FOUND: t('errors.NOT_FOUND'),
              BAD_REQUEST: t('errors.BAD_REQUEST'),
              generic: t('errors.generic'),
              intent: t('errors.intent'),
              legalName: t('errors.legalName'),
              drawn: t('errors.drawn'),
              reason: t('errors.reason'),
            },
          }}
        />
      )}
    </div>
  )
}
