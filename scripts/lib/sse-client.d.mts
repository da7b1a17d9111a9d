export type TSseEvent = { id: string | null; event: string; data: string }
export function readSse(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: TSseEvent) => void,
  onComment?: () => void,
): { done: Promise<void>; cancel: () => Promise<void> }
