/**
 * The id that ties a response, its log lines and a customer's "reference" together. An id from
 * upstream (load balancer, the proxy) is kept when it is a plain token; anything else is replaced,
 * so a header cannot smuggle text into our logs.
 */
export const REQUEST_ID_HEADER = 'x-request-id'

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER)
  return incoming && /^[\w.-]{8,128}$/.test(incoming) ? incoming : crypto.randomUUID()
}
