import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { publicErrorMessage } from './public-error-message'

const unknown = { errors: [{ message: 'An unknown error occurred.' }] }
const run = (error: Error, result: unknown) =>
  publicErrorMessage({ error, result } as unknown as Parameters<typeof publicErrorMessage>[0])

describe('publicErrorMessage', () => {
  it("puts a public refusal's own words back where the built portal lost them", () => {
    const err = new APIError('This kind of file cannot be uploaded here.', 415, null, true)
    expect(run(err, unknown)).toEqual({
      response: { errors: [{ message: 'This kind of file cannot be uploaded here.' }] },
    })
  })

  it('leaves errors that are not public, and answers that kept their message, alone', () => {
    expect(run(new APIError('select * from secrets failed', 500), unknown)).toBeUndefined()
    expect(run(new Error('internal detail'), unknown)).toBeUndefined()
    const kept = { errors: [{ message: 'Already clear.' }] }
    expect(run(new APIError('Other words', 400, null, true), kept)).toBeUndefined()
  })
})
