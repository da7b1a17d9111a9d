import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload names an error by `this.constructor.name`, which the production build minifies away for
 * its own APIError; its formatter then answers a nameless error with "An unknown error occurred."
 * So every refusal our hooks raise as a public APIError ("This kind of file cannot be uploaded
 * here", "You can only add documents for your own customers") reached staff without its words in
 * the built portal, while development showed them. A public error's own message is put back;
 * errors that are not public keep Payload's generic answer.
 */
export const publicErrorMessage: AfterErrorHook = ({ error, result }) => {
  const err = error as Error & { isPublic?: boolean }
  const response = result as { errors?: { message?: string }[] } | undefined
  if (!err.isPublic || !err.message || !response?.errors?.length) return
  if (response.errors[0].message !== UNKNOWN) return
  return {
    response: { ...response, errors: [{ ...response.errors[0], message: err.message }] },
  }
}
