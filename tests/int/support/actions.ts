/** Runs a server action; a redirect (Next throws it) is answered as its target path. */
export async function runAction<T>(
  fn: () => Promise<T>,
): Promise<{ redirect: string } | { state: T }> {
  try {
    return { state: await fn() }
  } catch (err) {
    const digest = String((err as { digest?: unknown } | null)?.digest ?? '')
    if (digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] ?? '' }
    throw err
  }
}

export function form(values: Record<string, string>): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}
