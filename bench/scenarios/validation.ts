import 'reflect-metadata';
import Ajv from 'ajv';
import { ArgumentMetadata } from '@nestjs/common';
import { shapeProblem } from '../../src/http/input-shape';
import { InputValidationPipe } from '../../src/http/validation.pipe';
import { ReportProgressDto } from '../../src/recommendations/commands/report-progress';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { PROGRESS_BODY_SCHEMA } from '../support/progress-body-schema';

const compiled = new Ajv({ allErrors: true }).compile(PROGRESS_BODY_SCHEMA);

const BODIES = [
  { note: 'Weekly update from the district', evidence: [] },
  {
    note: 'Curriculum drafted; pilot in 10 schools',
    evidence: [{ kind: 'link', title: 'Pilot report', url: 'https://example.tj/report.pdf' }],
    percentComplete: 30,
  },
];
const metadata: ArgumentMetadata = { type: 'body', metatype: ReportProgressDto, data: '' };

async function perBody(count: number, check: (body: object) => unknown | Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await check(JSON.parse(JSON.stringify(BODIES[i % BODIES.length])) as object);
  return Number(process.hrtime.bigint() - started) / 1000 / count;
}

/**
 * Validating a progress command's body: our pipe (shape check, class-transformer, class-validator) against a
 * compiled JSON schema with the same rules and the same shape check, in alternating rounds of one process.
 * Each figure includes the JSON copy both get (so it is a little above the validation alone).
 */
export const validationScenario: Scenario = {
  name: 'validation',
  async run({ quick }: BenchOptions): Promise<Measurement[]> {
    const pipe = new InputValidationPipe();
    const count = quick ? 5_000 : 20_000;
    const viaPipe = (body: object) => pipe.transform(body, metadata);
    const viaSchema = (body: object) => {
      if (shapeProblem(body)) throw new Error('shape');
      if (!compiled(body)) throw new Error('invalid');
      return body;
    };
    await perBody(2_000, viaPipe);
    await perBody(2_000, viaSchema);
    const pipeSamples: number[] = [];
    const schemaSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      pipeSamples.push(await perBody(count, viaPipe));
      schemaSamples.push(await perBody(count, viaSchema));
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    return [
      {
        scenario: 'validate a progress body: compiled JSON schema (ajv) + shape check',
        size: `5×${count}`,
        figure: median(schemaSamples),
        unit: 'µs/body',
        details: { min: Math.min(...schemaSamples), max: Math.max(...schemaSamples) },
      },
      {
        scenario: 'validate a progress body: InputValidationPipe (class-transformer + class-validator)',
        size: `5×${count}`,
        figure: median(pipeSamples),
        unit: 'µs/body',
        bound: median(schemaSamples),
        boundLabel: 'compiled schema, same run',
        details: { min: Math.min(...pipeSamples), max: Math.max(...pipeSamples) },
      },
    ];
  },
};
