import type { Payload } from 'payload'

import type { Customer, Staff } from '@/payload-types'

const SEED = { seed: true } // demo data tells no one
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
const headers = () =>
  new Headers({ 'user-agent': 'Donkervoort demo seed', 'x-forwarded-for': '127.0.0.1' })

/**
 * Demo signature requests through the real signing code: Sophie's sales contract waits for her
 * signature, her specification sheet is signed; James's contract is completed with its audit
 * certificate. Each is prepared and sent by the customer's own account manager.
 */
export async function seedDemoSignatures(
  payload: Payload,
  ids: {
    sophie: string
    james: string
    sophieContract: string
    sophieSpec: string
    jamesContract: string
  },
) {
  const customer = async (id: string) => {
    const c = await payload.findByID({
      collection: 'customers',
      id,
      depth: 1,
      overrideAccess: true,
    }) // seed
    const manager = c.accountManager as Staff
    return {
      customer: { ...(c as Customer), collection: 'customers' as const },
      manager: { ...manager, collection: 'staff' as const, _secondFactor: 'verified' as const },
    }
  }
  const request = async (args: {
    document: string
    customerId: string
    message: string
    sign: boolean
  }) => {
    // Loaded here: signing code is server-only, and the seed is part of the config the CLI reads.
    const { signRequest } = await import('@/features/esign/signer-actions')
    const { runStaffAction } = await import('@/features/esign/staff-actions')
    const { customer: c, manager } = await customer(args.customerId)
    const created = await payload.create({
      collection: 'signature-requests',
      data: {
        document: args.document,
        signingOrder: 'sequential',
        expiresAt: days(14),
        message: args.message,
      },
      user: manager,
      overrideAccess: false,
      context: SEED,
      depth: 0,
    })
    const id = String(created.id)
    await runStaffAction({
      payload,
      user: manager,
      id,
      action: 'send',
      headers: headers(),
      context: SEED,
    })
    if (args.sign)
      await signRequest({
        payload,
        user: c,
        id,
        headers: headers(),
        context: SEED,
        input: { intent: true, legalName: c.fullName ?? c.email, signatureKind: 'typed' },
      })
  }
  await request({
    document: ids.sophieContract,
    customerId: ids.sophie,
    message: 'Beste Sophie, hierbij de koopovereenkomst voor uw P24 RS. Graag uw handtekening.',
    sign: false,
  })
  await request({
    document: ids.sophieSpec,
    customerId: ids.sophie,
    message: 'De definitieve specificatie van uw P24 RS.',
    sign: true,
  })
  await request({
    document: ids.jamesContract,
    customerId: ids.james,
    message: 'Dear James, the sales contract for your D8 GTO Individual Series.',
    sign: true,
  })
}
