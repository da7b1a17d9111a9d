import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const at = (v: unknown) => (v ? new Date(String(v)).getTime() : null)

/**
 * The event ends after it starts, and registration opens before it closes and closes no later
 * than the start. Checked on the merged document, so a change of one date is checked against the
 * stored others.
 */
export const validateEventTimes: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const starts = at(merged.startsAt)
  const ends = at(merged.endsAt)
  const opens = at(merged.registrationOpensAt)
  const closes = at(merged.registrationClosesAt)
  const errors: { path: string; message: string }[] = []
  if (starts !== null && ends !== null && ends <= starts)
    errors.push({ path: 'endsAt', message: 'The end must come after the start.' })
  if (closes !== null && starts !== null && closes > starts)
    errors.push({ path: 'registrationClosesAt', message: 'Registration must close by the start.' })
  if (opens !== null && closes !== null && opens >= closes)
    errors.push({
      path: 'registrationOpensAt',
      message: 'Registration must open before it closes.',
    })
  if (errors.length) throw new ValidationError({ collection: 'events', errors, req }, req.t)
  return data
}
