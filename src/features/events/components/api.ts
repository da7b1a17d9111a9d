/** Sends one of the events API calls and returns its JSON, or throws the problem's message. */
export async function callEventsApi(path: string, method: string, body?: unknown) {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.status === 204) return null
  const json = await res.json().catch(() => null)
  if (!res.ok) throw new Error(json?.detail ?? '')
  return json
}
