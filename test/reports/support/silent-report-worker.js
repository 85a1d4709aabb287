// A report worker that never answers (as one stuck in an endless loop would not).
require('node:worker_threads').parentPort.on('message', () => undefined);
