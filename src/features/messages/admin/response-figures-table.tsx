import { formatDuration } from './format-duration'
import type { TResponseFigure } from './response-figures'

const cell = { padding: '0.4rem 0.8rem', borderBottom: '1px solid var(--theme-elevation-100)' }
const head = { ...cell, textAlign: 'left' as const, fontWeight: 600 }

/** Atop the inbox: each account manager's median first response and open conversations. */
export function ResponseFiguresTable({ figures }: { figures: TResponseFigure[] }) {
  if (figures.length === 0) return null
  return (
    <section aria-labelledby="response-figures-title" style={{ marginBottom: '1.5rem' }}>
      <h2 id="response-figures-title" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        Response times, last 30 days
      </h2>
      <div style={{ overflowX: 'auto' }}>
        <table
          data-testid="response-figures"
          style={{ borderCollapse: 'collapse', minWidth: '100%' }}
        >
          <thead>
            <tr>
              <th scope="col" style={head}>
                Account manager
              </th>
              <th scope="col" style={head}>
                Median first response
              </th>
              <th scope="col" style={head}>
                Replies
              </th>
              <th scope="col" style={head}>
                Open conversations
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.staffId} data-staff={f.staffId}>
                <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400 }}>
                  {f.name}
                </th>
                <td style={cell}>
                  {f.medianSeconds === null ? '—' : formatDuration(f.medianSeconds)}
                </td>
                <td style={cell}>{f.answered}</td>
                <td style={cell}>{f.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
