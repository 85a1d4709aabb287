import { INestApplication } from '@nestjs/common';
import compression from 'compression';

/**
 * Brotli or gzip for every answer above 1 KB, as the browser accepts (many users are on mobile data).
 * The web interface's files come compressed already (src/web/web-bundle.ts) and are left as they are.
 */
export function compressResponses(app: INestApplication): void {
  app.use(compression({ threshold: 1024 }));
}
