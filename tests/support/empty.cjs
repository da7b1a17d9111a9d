// Stands in for `server-only` outside Next (tests/support/server-only-off.cjs).
