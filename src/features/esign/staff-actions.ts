import type { Payload, PayloadRequest } from 'payload'

import type { TStaffUser } from '@/access/user'
import { configuredProvider, providerOf, type TEsignProvider } from '@/integrations/esign'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { AppError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { isOpen, type TRequestStatus } from '@/lib/esign/statuses'
import type { SignatureRequest } from '@/payload-types'

import { inRequestTransaction } from './in-transaction'
import {
  assertStaffWriter,
  currentSigners,
  idOf,
  isExpired,
  loadRequest,
  loadRequestFor,
} from './load-request'
import { notifyOutcome, notifySigners } from './notify-signers'
import { originalBytes } from './original-bytes'
import { recordSignatureEvent } from './record-event'

export const STAFF_ACTIONS = ['send', 'remind', 'cancel'] as const
export type TStaffAction = (typeof STAFF_ACTIONS)[number]

const system = { overrideAccess: true, depth: 0 } as const // system: esign owns these records

/** Sets the request's status and other system fields (no user may write them). */
export const setRequest = (req: PayloadRequest, id: string, data: Partial<SignatureRequest>) =>
  req.payload.update({
    collection: 'signature-requests',
    id,
    data,
    ...system,
    context: { esign: true },
    req,
  }) as Promise<SignatureRequest>

/**
 * Send, remind or cancel, by staff who may change the request. Every one is one transaction:
 * status, signer rows, evidence event, notifications and audit entry commit together.
 */
export async function runStaffAction(args: {
  payload: Payload
  user: TStaffUser
  id: string
  action: TStaffAction
  headers?: Headers
  context?: Record<string, unknown>
}) {
  assertStaffWriter(args.user)
  const opened: TOpened[] = []
  return inRequestTransaction(
    {
      payload: args.payload,
      requestId: args.id,
      user: args.user,
      headers: args.headers,
      context: args.context,
    },
    async (req) => {
      const loaded = await loadRequestFor({ req, id: args.id, user: args.user })
      const actor = actorFromUser(args.user)
      const next =
        args.action === 'send'
          ? await send(req, loaded, actor, opened)
          : args.action === 'remind'
            ? await remind(req, loaded, actor)
            : await cancel(req, loaded, actor)
      await recordAudit({
        payload: req.payload,
        req,
        entry: {
          ...actor,
          action:
            args.action === 'send'
              ? 'signature.sent'
              : args.action === 'remind'
                ? 'signature.reminded'
                : 'signature.cancelled',
          targetType: 'signature-requests',
          targetId: args.id,
          outcome: 'success',
        },
      })
      return next
    },
  ).catch(async (err: unknown) => {
    // The provider already holds an envelope our rollback cannot take back: void it, so no
    // signer is asked to sign something the portal has no record of.
    for (const o of opened)
      await o.provider
        .cancel({
          request: o.request,
          reason: 'Not recorded by the portal; it will be sent again.',
        })
        .catch((voidErr: unknown) =>
          logger.error(
            { err: voidErr, requestId: args.id, providerRef: o.request.providerRef },
            'e-signing: could not void an envelope left behind by a failed send',
          ),
        )
    throw err
  })
}

type TOpened = { provider: TEsignProvider; request: SignatureRequest }

type TLoaded = Awaited<ReturnType<typeof loadRequest>>
type TActor = ReturnType<typeof actorFromUser>
type TNewSigner = {
  role: 'customer' | 'staff'
  signerCustomer?: string
  signerStaff?: string
  name: string
  email: string
}

function assertStatus(request: SignatureRequest, allowed: TRequestStatus[]) {
  if (!allowed.includes(request.status ?? 'draft'))
    throw new AppError('REQUEST_CLOSED', `This request is ${request.status}.`)
}

async function send(req: PayloadRequest, { request }: TLoaded, actor: TActor, opened: TOpened[]) {
  assertStatus(request, ['draft'])
  if (isExpired(request)) throw new AppError('BAD_REQUEST', 'Set an expiry date in the future.')
  const customer = await req.payload.findByID({
    collection: 'customers',
    id: idOf(request.customer)!,
    ...system,
    select: { email: true, fullName: true },
    req,
  })
  const signers: TNewSigner[] = [
    {
      role: 'customer',
      signerCustomer: String(customer.id),
      name: customer.fullName || customer.email,
      email: customer.email,
    },
  ]
  if (request.counterSigner) {
    const staff = await req.payload.findByID({
      collection: 'staff',
      id: idOf(request.counterSigner)!,
      ...system,
      select: { email: true, name: true },
      req,
    })
    signers.push({
      role: 'staff',
      signerStaff: String(staff.id),
      name: staff.name,
      email: staff.email,
    })
  }
  const rows = []
  for (const [i, s] of signers.entries())
    rows.push(
      await req.payload.create({
        collection: 'signature-signers',
        data: {
          ...s,
          request: String(request.id),
          customer: idOf(request.customer)!,
          position: i + 1,
          status: 'pending',
        },
        ...system,
        req,
      }),
    )
  // Once the signer rows exist (their ids are the provider's client ids); a provider that
  // refuses rolls all of it back. Demo data is signed on the portal's own pages, whichever provider is configured.
  const provider = req.context.seed ? providerOf({ provider: 'builtin' }) : configuredProvider()
  const { providerRef } = await provider.createRequest({
    request,
    signers: rows,
    document: async () => (await originalBytes(req, request)).bytes,
  })
  if (providerRef) opened.push({ provider, request: { ...request, providerRef } })
  const sent = await setRequest(req, String(request.id), {
    status: 'sent',
    sentAt: new Date().toISOString(),
    provider: provider.name,
    providerRef,
  })
  await recordSignatureEvent({
    req,
    request,
    type: 'sent',
    actor,
    details: providerRef ? { provider: provider.name, providerRef } : undefined,
  })
  await notifySigners({ req, request: sent, signers: currentSigners(sent, rows) })
  return sent
}

/** A reminder to whoever's turn it is; also used by the reminder job (actor: system). */
export async function remind(req: PayloadRequest, { request, signers }: TLoaded, actor: TActor) {
  assertStatus(request, ['sent'])
  if (isExpired(request)) throw new AppError('REQUEST_EXPIRED', 'This request has expired.')
  const due = currentSigners(request, signers)
  await notifySigners({ req, request, signers: due, reminder: true })
  await recordSignatureEvent({
    req,
    request,
    type: 'reminded',
    actor,
    details: { signers: due.map((s) => s.email) },
  })
  return request
}

async function cancel(req: PayloadRequest, { request }: TLoaded, actor: TActor) {
  if (!isOpen(request.status ?? 'draft'))
    throw new AppError('REQUEST_CLOSED', `This request is ${request.status}.`)
  const wasSent = request.status === 'sent'
  const cancelled = await setRequest(req, String(request.id), { status: 'cancelled' })
  await recordSignatureEvent({ req, request, type: 'cancelled', actor })
  if (wasSent) await notifyOutcome({ req, request: cancelled, outcome: 'cancelled' })
  // Where it was sent, whatever ESIGN_PROVIDER says now; last, so a refusal there rolls back ours.
  if (wasSent) await providerOf(request).cancel({ request, reason: 'Cancelled by Donkervoort.' })
  return cancelled
}
