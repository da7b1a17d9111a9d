'use client'

import { useField } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * "Post an update" links (the update rhythm view, the overdue mail) carry `?order=<id>`: the new
 * update starts with that car chosen. Only an empty field is filled, and the server still checks
 * that the car is one of the account manager's own (ownOrderOnly).
 */
export function PreselectOrder() {
  const order = useSearchParams().get('order')
  const { value, setValue } = useField<string | null>({ path: 'order' })
  useEffect(() => {
    if (order && UUID.test(order) && !value) setValue(order)
  }, [order, value, setValue])
  return null
}
