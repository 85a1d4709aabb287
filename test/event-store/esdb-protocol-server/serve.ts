// The protocol double as a process of its own, for tests that run several app processes on one store:
// prints "protocol double listening on <port>", stops on SIGTERM; SERVER_VERSION sets the version it reports.
// NOT EventStoreDB (see esdb-protocol-server.ts).
import { EsdbProtocolServer } from './esdb-protocol-server';

async function serve(): Promise<void> {
  const server = new EsdbProtocolServer({
    batchAppend: true,
    port: Number(process.env.PORT ?? 0),
    serverVersion: process.env.SERVER_VERSION || undefined,
  });
  await server.start();
  console.log(`protocol double listening on ${server.port}`);
  const stop = () => void server.dispose().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

serve().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
