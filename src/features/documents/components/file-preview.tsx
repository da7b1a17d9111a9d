import { fileUrl } from '../format'

/**
 * The PDF shown in the page by the browser's own viewer, in a same-origin <iframe>: the portal's
 * nonce CSP stays as strict as it is (no pdf.js, no worker, no eval; `frame-src` falls back to
 * 'self'), and the file route lets only our own pages frame document PDFs. Browsers without a
 * built-in viewer (Android) get the links below it.
 */
export function FilePreview(props: {
  fileId: string
  title: string
  fallback: string
  openLabel: string
}) {
  return (
    <div id="preview" className="mt-5 flex flex-col gap-3">
      <iframe
        src={fileUrl(props.fileId)}
        title={props.title}
        data-testid="pdf-preview"
        className="w-full h-[70vh] min-h-96 border border-line bg-carbon"
      />
      <p className="text-xs text-smoke">
        {props.fallback}{' '}
        <a
          href={fileUrl(props.fileId)}
          target="_blank"
          rel="noopener"
          className="text-mist underline underline-offset-4 hover:text-amber"
        >
          {props.openLabel}
        </a>
      </p>
    </div>
  )
}
