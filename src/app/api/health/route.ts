import { NextResponse } from 'next/server'

export const dynamic = 'force-dynamic'

/** Liveness: the process answers. Does not touch the database. */
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
}
