import { APIError, type CollectionBeforeChangeHook } from 'payload'

/** Once sent, a request changes only through its actions (remind, cancel, sign): the record stands. */
export const beforeRequestChange: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  context,
}) => {
  if (operation === 'update' && !context.esign && originalDoc?.status !== 'draft')
    throw new APIError(
      'A sent request cannot be edited; cancel it and prepare a new one.',
      400,
      null,
      true,
    )
  return data
}
