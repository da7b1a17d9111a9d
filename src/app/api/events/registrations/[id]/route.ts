import {
  cancelRegistrationRoute,
  changeRegistrationRoute,
} from '@/features/events/routes/register-route'

export const dynamic = 'force-dynamic'

export const PATCH = changeRegistrationRoute
export const DELETE = cancelRegistrationRoute
