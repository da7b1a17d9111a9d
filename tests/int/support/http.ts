import config from '@payload-config'
import { payloadGraphql, payloadRest } from '@/lib/http/payload-routes'

/**
 * The REST and GraphQL route handlers the portal serves (Payload's, behind our rules), called
 * with a Request as Next would call them: the full HTTP stack (auth strategies, access,
 * serialisation) without a listening server.
 */
export const restHandlers = payloadRest(config)
const handlers = restHandlers

export async function rest(
  method: keyof typeof handlers,
  path: string,
  headers: Headers,
  body?: unknown,
) {
  const url = new URL(`http://localhost:3000/api/${path}`)
  const h = new Headers(headers)
  if (body !== undefined) h.set('content-type', 'application/json')
  const request = new Request(url, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return {
    status: response.status,
    json: json as Record<string, unknown>,
    headers: response.headers,
  }
}

const graphqlHandler = payloadGraphql(config).POST

export async function graphql(
  query: string,
  headers: Headers,
  variables?: Record<string, unknown>,
) {
  const h = new Headers(headers)
  h.set('content-type', 'application/json')
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: h,
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request, { params: Promise.resolve({ slug: [] }) })
  return {
    status: response.status,
    json: (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string }[]
    },
  }
}
