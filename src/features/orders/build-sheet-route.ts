import 'server-only'

import { z } from 'zod'

import type { TUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { AppError } from '@/lib/errors'
import { contentDisposition } from '@/lib/http/content-disposition'
import { route } from '@/lib/http/route'
import { isLocale, LOCALES, type TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

import { renderBuildSheet } from './build-sheet'
import { readCar } from './car-queries'

const ZParams = z.object({ id: z.string() })
const ZQuery = z.object({ locale: z.enum(LOCALES).optional() })

/**
 * GET /api/orders/[id]/build-sheet: the car's build sheet as a PDF, for its owner and for staff
 * who may read the order (the order's own read access decides, through readCar). Customers and
 * staff are recognised by Payload's strategies from their cookie or bearer token, as on the file
 * route. Nobody, someone else's car and a missing id all answer the same 404. Every download is
 * audited: the sheet carries the chassis number.
 */
export const buildSheetRoute = route({
  name: '/api/orders/[id]/build-sheet',
  auth: 'public',
  params: ZParams,
  query: ZQuery,
  handler: async ({ req, params, query }) => {
    const payload = await getPayload()
    const user = (await payload.auth({ headers: req.headers })).user as TUser | null
    const preferred = user && 'preferredLocale' in user ? user.preferredLocale : null
    const locale: TLocale = query.locale ?? (isLocale(preferred) ? preferred : 'en')
    const car = user ? await readCar(user, params.id, locale) : null
    if (!car) throw new AppError('NOT_FOUND', 'Not found.')
    const pdf = await renderBuildSheet(car, locale)
    await recordAudit({
      payload,
      entry: {
        ...requestContextFromHeaders(req.headers),
        ...actorFromUser(user),
        action: 'order.build-sheet.downloaded',
        targetType: 'order',
        targetId: car.id,
        outcome: 'success',
        details: { locale },
      },
    })
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': contentDisposition(
          `Donkervoort-${car.orderNumber}-build-sheet.pdf`,
          'attachment',
        ),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
})
