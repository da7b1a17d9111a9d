import { z } from 'zod'

import { MAX_GUESTS_LIMIT } from './constants'

/** What a customer fills in to register or change a registration. */
export const ZRegistrationInput = z
  .object({
    guests: z.coerce.number().int().min(0).max(MAX_GUESTS_LIMIT),
    guestNames: z
      .array(z.string().trim().min(1, 'Name each guest.').max(120))
      .max(MAX_GUESTS_LIMIT),
    dietary: z.string().trim().max(500).optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.guestNames.length !== v.guests)
      ctx.addIssue({ code: 'custom', path: ['guestNames'], message: 'Name each guest.' })
  })
export type TRegistrationInput = z.output<typeof ZRegistrationInput>
