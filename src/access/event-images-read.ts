import type { Access } from 'payload'

import { isCustomer, isStaff } from './user'

/**
 * Event pictures (track, venue, last year's photos) are shown on event pages to signed-in
 * customers; they carry nothing personal, so any signed-in principal may fetch them, never
 * an anonymous one (they are still private files, served only through /api/files).
 */
export const eventImagesRead: Access = ({ req: { user } }) => isStaff(user) || isCustomer(user)
