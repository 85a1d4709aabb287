// Run by scripts/build-if-changed.js after `nest build`: bundles the browser code once, so the app need not at each start.
import { join } from 'node:path';
import { webBundle, writeWebBundle } from './web-bundle';
import { webPage } from './web-page';

webBundle(join(__dirname, 'public'), webPage).then(
  (bundle) => {
    writeWebBundle(bundle, join(__dirname, 'bundle'));
    console.log(`web bundle: ${[...bundle.files.keys()].join(', ')} in ${join(__dirname, 'bundle')}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
