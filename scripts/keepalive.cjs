// Payload's CLI can exit 0 before its async work is done (payloadcms/payload#16381, #17757).
// Holding the event loop open lets it finish; the unref'd timer is a safety net, not a wait.
setInterval(() => {}, 1 << 30)
setTimeout(
  () => {
    console.error('payload CLI did not finish within 15 minutes')
    process.exit(1)
  },
  15 * 60 * 1000,
).unref()
