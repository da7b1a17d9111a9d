import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

/**
 * Payload's real REST and GraphQL route handlers, called with a Request as Next would call them:
 * the full HTTP stack (auth strategies, access, serialisation) without a listening server.
 */
const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

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

const graphqlHandler = GRAPHQL_POST(config)

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
  const response = await graphqlHandler(request)
  return {
    status: response.status,
    json: (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string }[]
    },
  }
}
