import type { AdminViewServerProps } from 'payload'
import Link from 'next/link'
import QRCode from 'qrcode'

import { isPendingStaff, isStaff } from '@/access/user'
import { pendingStaffTotp, staffHasTotp } from '@/lib/auth/second-factor/staff-factor-gate'

import { StaffEnrolForm, StaffVerifyForm } from './staff-second-factor-forms'

/** "ABCD EFGH …": easier to type into an authenticator app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/**
 * Replaces Payload's unauthorized view (at /admin/two-step), where Payload sends every signed-in user without
 * admin access. A staff member whose session has not passed the second factor gets enrolment
 * (no factor yet) or verification here; anyone else a calm "no access" page.
 */
export async function StaffSecondFactorView({ initPageResult }: AdminViewServerProps) {
  const { user, payload } = initPageResult.req

  if (isPendingStaff(user)) {
    if (await staffHasTotp(payload, user.id)) {
      return (
        <Frame
          title="Two-step verification"
          lead={`Signed in as ${user.email}. Enter the six-digit code from your authenticator app to continue.`}
        >
          <StaffVerifyForm />
        </Frame>
      )
    }
    const { secret, uri } = await pendingStaffTotp(payload, user.id)
    const qr = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return (
      <Frame
        title="Set up two-step verification"
        lead={`Signed in as ${user.email}. The back office holds our customers' contracts and personal data, so every sign-in needs a code from an authenticator app as well as your password.`}
      >
        <StaffEnrolForm qrSvg={qr} manualKey={grouped(secret)} />
      </Frame>
    )
  }

  return (
    <Frame
      title="No access"
      lead={
        isStaff(user)
          ? 'Your role does not give access to this page.'
          : 'This back office is for Donkervoort staff. Customers sign in to their portal instead.'
      }
    >
      <p className="dv-2fa__actions">
        {isStaff(user) ? (
          <Link href="/admin">Back to the dashboard</Link>
        ) : (
          <Link href="/">To the portal</Link>
        )}
        {user ? <Link href="/admin/logout">Sign out</Link> : null}
      </p>
    </Frame>
  )
}

function Frame(props: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <main className="dv-2fa">
      <p className="dv-2fa__brand">DONKERVOORT</p>
      <h1 className="dv-2fa__title">{props.title}</h1>
      <p className="dv-2fa__lead">{props.lead}</p>
      {props.children}
    </main>
  )
}
