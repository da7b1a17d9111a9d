/**
 * A module our route wrapper loads on first use rather than at start (so that public routes such
 * as the health check never load Payload), then keeps: `await import()` on every request asks the
 * module loader again each time — under tsx, as the live peers and benches run the routes, a
 * round trip to the loader's thread per import. A failed load is tried again next time.
 */
export function lazyImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = undefined
      throw err
    }))
}
