import './next-globals'

const next = async () => ({
  ...(await import('next/dist/server/async-storage/request-store')),
  ...(await import('next/dist/server/app-render/work-async-storage.external')),
  ...(await import('next/dist/server/app-render/work-unit-async-storage.external')),
  ...(await import('next/dist/server/web/spec-extension/adapters/request-cookies')),
})

/**
 * Calls one of our route handlers the way Next's app-route module does: inside a request scope, so
 * `cookies()` and `headers()` from next/headers work, and with the cookies the handler set through
 * `cookies()` appended to its response. Only the parts of Next's stores these APIs read are filled.
 */
export async function callRoute(
  handler: (req: Request) => Promise<Response>,
  req: Request,
): Promise<Response> {
  const { createRequestStoreForAPI, workAsyncStorage, workUnitAsyncStorage, appendMutableCookies } =
    await next()
  const url = new URL(req.url)
  const requestStore = createRequestStoreForAPI(
    { headers: Object.fromEntries(req.headers) } as never,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() },
    undefined,
    undefined,
    undefined,
  )
  const workStore = {
    route: url.pathname,
    page: url.pathname,
    isStaticGeneration: false,
    forceStatic: false,
    dynamicShouldError: false,
    fetchCache: undefined,
    incrementalCache: undefined,
  }
  const res = await workAsyncStorage.run(workStore as never, () =>
    workUnitAsyncStorage.run(requestStore as never, () => handler(req)),
  )
  appendMutableCookies(res.headers, requestStore.mutableCookies)
  return res
}
