import { describe, expect, it } from 'vitest'

import { graphqlLoginEmail } from './graphql-login-email'

describe('graphqlLoginEmail', () => {
  it('reads the email from a variable or an inline argument', () => {
    const query =
      'mutation($e: String!, $p: String!) { loginStaff(email: $e, password: $p) { token } }'
    expect(graphqlLoginEmail({ query, variables: { e: 'a@example.test', p: 'x' } })).toBe(
      'a@example.test',
    )
    expect(
      graphqlLoginEmail({
        query: 'mutation { loginStaff(email: "b@example.test", password: "x") { token } }',
      }),
    ).toBe('b@example.test')
  })

  it('answers null for other operations and for anything unparseable', () => {
    expect(graphqlLoginEmail({ query: '{ Orders { docs { id } } }' })).toBeNull()
    expect(graphqlLoginEmail({ query: 'mutation { loginStaff(' })).toBeNull()
    expect(graphqlLoginEmail(null)).toBeNull()
  })
})
