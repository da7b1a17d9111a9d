import { getTranslations } from 'next-intl/server'

import { Download, Eye, PenLine, X } from '@/components/ui/icons'
import { Link } from '@/lib/i18n/navigation'
import { formatDate } from '@/lib/orders/format'

import { documentsHref, fileUrl, formatMoney } from '../format'
import type { TDocumentItem, TFileRef } from '../queries'
import type { TDocumentsQuery } from '../schema'
import { FilePreview } from './file-preview'
import { StatusBadge } from './status-badge'

const ACTION =
  'inline-flex items-center gap-2 border border-line px-4 py-2.5 text-[0.7rem] tracking-[0.2em] uppercase text-ivory hover:border-amber hover:text-amber transition-colors'

/** One document or invoice: what it is, its state, when it was last opened, preview and download. */
export async function DocumentCard(props: {
  item: TDocumentItem
  locale: string
  query: TDocumentsQuery
}) {
  const { item, locale, query } = props
  const t = await getTranslations('Documents')
  const te = await getTranslations('Esign')
  const sig = item.signature
  const inv = item.invoice
  const previewing = (ref: TFileRef | null) => Boolean(ref && query.preview === ref.fileId)
  const shown = [item.file, ...item.history].find(previewing) ?? null
  const actions = (ref: TFileRef, name: string) => (
    <div className="flex flex-wrap gap-2">
      {previewing(ref) ? (
        <Link
          href={documentsHref({ q: query.q, status: query.status, group: query.group })}
          className={ACTION}
          scroll={false}
        >
          <X size={14} aria-hidden="true" /> {t('closePreview')}
        </Link>
      ) : (
        <Link
          href={`${documentsHref({ q: query.q, status: query.status, group: query.group, preview: ref.fileId })}#preview`}
          className={ACTION}
          aria-label={`${t('preview')}: ${name}`}
        >
          <Eye size={14} aria-hidden="true" /> {t('preview')}
        </Link>
      )}
      <a
        href={fileUrl(ref.fileId, true)}
        className={ACTION}
        download
        aria-label={`${t('download')}: ${name}`}
      >
        <Download size={14} aria-hidden="true" /> {t('download')}
      </a>
    </div>
  )
  return (
    <li
      className="border border-line bg-graphite/40 p-5 sm:p-7"
      data-testid="document"
      data-kind={item.kind}
    >
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex flex-col gap-2">
          <h4 className="text-lg sm:text-xl font-light tracking-tight text-ivory break-words">
            {inv ? t('invoiceNumber', { number: inv.number }) : item.title}
          </h4>
          <p className="text-xs text-smoke flex flex-wrap gap-x-4 gap-y-1">
            {inv ? (
              <>
                <span>{t('issued', { date: formatDate(locale, inv.issueDate) })}</span>
                <span>
                  {inv.paidAt && inv.state === 'paid'
                    ? t('paidOn', { date: formatDate(locale, inv.paidAt) })
                    : t('due', { date: formatDate(locale, inv.dueDate) })}
                </span>
              </>
            ) : (
              item.file && (
                <>
                  {item.file.version && <span>{t('version', { number: item.file.version })}</span>}
                  <span>{t('added', { date: formatDate(locale, item.file.addedAt) })}</span>
                </>
              )
            )}
            <span data-testid="last-opened">
              {item.lastOpenedAt
                ? t('lastOpened', { date: formatDate(locale, item.lastOpenedAt) })
                : t('neverOpened')}
            </span>
          </p>
        </div>
        {sig && (
          <div className="flex flex-col gap-3 sm:items-end shrink-0" data-testid="signature">
            <StatusBadge
              testId="signature-badge"
              state={sig.status === 'completed' ? 'signed' : 'to-sign'}
              label={te(sig.status === 'completed' ? 'badge.signed' : 'badge.toSign')}
            />
            <Link href={`/documents/sign/${sig.id}`} className={ACTION}>
              <PenLine size={14} aria-hidden="true" />{' '}
              {sig.status === 'completed' ? te('viewRequest') : te('reviewAndSign')}
            </Link>
            {sig.signedFile && (
              <a href={fileUrl(sig.signedFile, true)} className={ACTION} download>
                <Download size={14} aria-hidden="true" /> {te('downloadSigned')}
              </a>
            )}
          </div>
        )}
        {inv && (
          <div className="flex flex-col gap-2 sm:items-end shrink-0">
            <StatusBadge state={inv.state} label={t(`badge.${inv.state}`)} />
            <p className="text-xl font-light text-ivory tabular-nums" data-testid="amount">
              {formatMoney(locale, inv.amountCents, inv.currency)}
            </p>
            <p className="text-xs text-smoke">
              {t('vat', { amount: formatMoney(locale, inv.vatCents, inv.currency) })}
            </p>
          </div>
        )}
      </div>
      {inv?.paymentInstructions && inv.state !== 'paid' && (
        <p className="mt-4 text-sm text-mist leading-relaxed border-l border-amber/50 pl-4">
          <span className="sr-only">{t('paymentInstructions')}: </span>
          {inv.paymentInstructions}
        </p>
      )}
      {item.file && <div className="mt-5">{actions(item.file, item.title)}</div>}
      {item.history.length > 0 && (
        <details className="mt-5 group" open={Boolean(shown && shown !== item.file)}>
          <summary className="cursor-pointer text-xs tracking-[0.2em] uppercase text-mist hover:text-amber">
            {t('history')} ({item.history.length})
          </summary>
          <ul className="mt-3 flex flex-col divide-y divide-line border-y border-line">
            {item.history.map((h) => (
              <li
                key={h.fileId}
                className="py-3 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="text-sm text-mist">
                  {h.version ? t('version', { number: h.version }) : ''} ·{' '}
                  {t('added', { date: formatDate(locale, h.addedAt) })}
                </span>
                {actions(h, `${item.title} ${h.version ?? ''}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {shown && (
        <FilePreview
          fileId={shown.fileId}
          title={t('previewTitle', { title: inv ? inv.number : item.title })}
          fallback={t('previewFallback')}
          openLabel={t('openFile')}
        />
      )}
    </li>
  )
}
