// A report worker that dies on its first report (as one would on running out of memory).
require('node:worker_threads').parentPort.on('message', () => process.exit(3));
