/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, loaded by node --require */
// `node --require ./tests/support/server-only-off.cjs …` for processes the tests start outside
// Next (tests/int/support/live-peer.ts): `server-only` throws anywhere but a React Server
// Component, and these processes are server code. Covers require() and import alike.
const Module = require('node:module')
const path = require('node:path')
const { pathToFileURL } = require('node:url')

const empty = path.join(__dirname, 'empty.cjs')
const original = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return original.call(this, request === 'server-only' ? empty : request, ...rest)
}
Module.register(pathToFileURL(path.join(__dirname, 'server-only-hooks.mjs')))
