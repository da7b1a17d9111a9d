import { getTranslations } from 'next-intl/server'

import { ShieldCheck, ShieldAlert } from '@/components/ui/icons'
import { Button } from '@/components/ui/button'

import { disableTotpAction } from '../actions'
import { RegenerateCodes } from './regenerate-codes'
import { regenerateCodesTexts, totpSetupTexts } from './security-texts'
import { TotpSetup } from './totp-setup'

/** Two-step verification: the authenticator app and the recovery codes that stand in for it. */
export async function TwoStep({
  locale,
  totpEnabledAt,
  recoveryCodesLeft,
  recoveryCodesCreatedAt,
  anyFactor,
}: {
  locale: string
  /** Formatted date when the app is on, else null. */
  totpEnabledAt: string | null
  recoveryCodesLeft: number
  recoveryCodesCreatedAt: string | null
  anyFactor: boolean
}) {
  const t = await getTranslations('Security')
  return (
    <section aria-labelledby="two-step" className="flex flex-col gap-6" data-testid="two-step">
      <h2 id="two-step" className="eyebrow">
        {t('twoStepTitle')}
      </h2>
      <div className="border border-line p-6 sm:p-8 bg-graphite/40 flex flex-col gap-6">
        <div className="flex gap-4">
          {anyFactor ? (
            <ShieldCheck className="text-success shrink-0" aria-hidden="true" />
          ) : (
            <ShieldAlert className="text-amber shrink-0" aria-hidden="true" />
          )}
          <div className="flex flex-col gap-2">
            <p className="text-ivory" data-testid="two-step-state">
              {anyFactor ? t('twoStepOn') : t('twoStepOff')}
            </p>
            <p className="text-sm text-mist">
              {anyFactor ? t('twoStepOnIntro') : t('twoStepOffIntro')}
            </p>
          </div>
        </div>

        <div className="border-t border-line pt-6 flex flex-col gap-4">
          <h3 className="text-lg text-ivory font-light">{t('totpTitle')}</h3>
          {totpEnabledAt ? (
            <>
              <p className="text-sm text-mist" data-testid="totp-enabled">
                {t('totpOnSince', { date: totpEnabledAt })}
              </p>
              <form action={disableTotpAction}>
                <input type="hidden" name="locale" value={locale} />
                <Button type="submit" variant="ghost">
                  {t('totpDisable')}
                </Button>
              </form>
            </>
          ) : (
            <TotpSetup locale={locale} texts={await totpSetupTexts()} />
          )}
        </div>

        {anyFactor && (
          <div className="border-t border-line pt-6 flex flex-col gap-4">
            <h3 className="text-lg text-ivory font-light">{t('recoveryTitle')}</h3>
            <p className="text-sm text-mist" data-testid="recovery-left">
              {t('recoveryLeft', { count: recoveryCodesLeft })}
              {recoveryCodesCreatedAt &&
                ` ${t('recoveryMadeOn', { date: recoveryCodesCreatedAt })}`}
            </p>
            <RegenerateCodes locale={locale} texts={await regenerateCodesTexts()} />
          </div>
        )}
      </div>
    </section>
  )
}
