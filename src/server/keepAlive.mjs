// Preloaded (`node --import ./src/server/keepAlive.mjs …`) into our scripts and Payload's CLI.
// Under load, Node 20 can let a process end while its main thread waits for a module from an
// async loader hook (tsx's module.register worker, which Payload's CLI uses too): the loop looks
// empty, and the process exits 0 having done nothing, or 13 when it awaited at top level. A
// referenced timer keeps the loop alive; every script started this way ends with process.exit.
setInterval(() => {}, 1 << 30)
