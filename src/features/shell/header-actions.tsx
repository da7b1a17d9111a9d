// The header's slot for per-feature actions (the notifications bell, unread counts): features add
// their server component here, so the header itself stays one file that only the shell changes.
export async function HeaderActions(_props: { locale: string }) {
  return null
}
