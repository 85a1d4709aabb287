import type { DtoClass } from './compiled-rules';
import 'reflect-metadata';
import fc from 'fast-check';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentMetadata, HttpException } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { InputValidationPipe } from '../validation.pipe';
import { CompiledDtos } from './compiled-dtos';
import { NearValidBodies } from '../../../test/support/near-valid-bodies';

/** Every DTO class of the app: the exported classes with class-validator rules in src/**\/dto and src/**\/commands. */
function dtoClasses(): DtoClass[] {
  const root = join(__dirname, '..', '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\/(dto|commands)\/[^/]+\.ts$/.test(path) && !path.endsWith('.spec.ts')) files.push(path);
    }
  };
  walk(root);
  const classes = new Set<DtoClass>();
  for (const file of files) {
    // The DTOs are found by their folders, so they are loaded by path (jest runs this file as CommonJS).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const exported of Object.values(require(file) as Record<string, unknown>)) {
      if (typeof exported !== 'function' || !/^class\b/.test(Function.prototype.toString.call(exported))) continue;
      if (getMetadataStorage().getTargetValidationMetadatas(exported, undefined as unknown as string, false, false, undefined).length > 0)
        classes.add(exported as DtoClass);
    }
  }
  return [...classes];
}

// A value class-transformer itself cannot convert (Number({ toString: 'x' })) throws: both paths must throw it alike.
type Outcome = { accepted: unknown } | { refused: unknown; status: number } | { threw: string };

async function outcomeOf(pipe: InputValidationPipe, metadata: ArgumentMetadata, body: unknown): Promise<Outcome> {
  try {
    return { accepted: await pipe.transform(body, metadata) };
  } catch (error) {
    if (!(error instanceof HttpException)) return { threw: String(error) };
    return { refused: error.getResponse(), status: error.getStatus() };
  }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const DTOS = dtoClasses();
const bodies = new NearValidBodies();
const withCompiled = new InputValidationPipe();
const classValidatorOnly = new InputValidationPipe({ compiled: false });
const fastPath = new CompiledDtos({ whitelist: true, forbidNonWhitelisted: true });
const seen = new Map<string, { accepted: number; refused: number; compiles: boolean }>();

describe('compiled validation: class-validator and class-transformer are the reference', () => {
  it('finds the DTOs (the commands among them)', () => {
    const names = DTOS.map((dto) => dto.name);
    expect(names).toEqual(expect.arrayContaining(['ReportProgressDto', 'EvidenceDto', 'RecordForumDto']));
  });

  describe.each(DTOS.map((dto) => [dto.name, dto] as const))('%s', (name, dto) => {
    const metadata: ArgumentMetadata = { type: 'body', metatype: dto as ArgumentMetadata['metatype'], data: '' };

    it('accepts exactly the bodies class-validator accepts, and hands over the instance class-transformer builds', async () => {
      const compiles = fastPath.compiles(dto);
      const tally = { accepted: 0, refused: 0, compiles };
      seen.set(name, tally);
      await fc.assert(
        fc.asyncProperty(bodies.of(dto), async (body) => {
          const reference = await outcomeOf(classValidatorOnly, metadata, copy(body));
          const compiled = await outcomeOf(withCompiled, metadata, copy(body));
          expect(compiled).toStrictEqual(reference);
          if ('accepted' in reference) {
            expect(Object.getPrototypeOf(reference.accepted)).toBe(dto.prototype);
            expect(Object.getPrototypeOf((compiled as { accepted: object }).accepted)).toBe(dto.prototype);
          }
          // The fast path itself: an instance exactly when class-validator accepts (for a DTO it compiles).
          const fast = fastPath.accepted(dto, copy(body));
          if (fast !== undefined) expect('accepted' in reference).toBe(true);
          if (compiles && 'accepted' in reference) expect(fast).toStrictEqual(reference.accepted);
          tally['accepted' in reference ? 'accepted' : 'refused']++;
        }),
        { numRuns: 150 },
      );
    });
  });

  it('met both answers for most DTOs, and compiled all command bodies of the progress load', () => {
    const both = [...seen.values()].filter((tally) => tally.accepted > 0 && tally.refused > 0);
    expect(both.length).toBeGreaterThan(seen.size / 2);
    expect(seen.get('ReportProgressDto')).toMatchObject({ compiles: true });
    expect(seen.get('ReportProgressDto')?.accepted).toBeGreaterThan(0);
  });
});
