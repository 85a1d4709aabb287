// The app (src/main.ts) with the validation pipe's compiled fast path turned off: every input goes through
// class-transformer and class-validator, as before src/http/compiled-validation. For the HTTP platform bench.
import { CompiledDtos } from '../../src/http/compiled-validation/compiled-dtos';

CompiledDtos.prototype.accepted = () => undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../src/main');
