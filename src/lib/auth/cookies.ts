import { env } from '../env'

/** Secure cookies (and the __Host- prefix, which requires them) only where we are served over HTTPS. */
export const SECURE_COOKIES = env.PUBLIC_URL.startsWith('https://')
export const CUSTOMER_SESSION_COOKIE = SECURE_COOKIES ? '__Host-dv_session' : 'dv_session'
