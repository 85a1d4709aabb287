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

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

function figure(scenario: string, size: string, samples: number[], bound?: number): Measurement {
  return {
    scenario,
    size,
    figure: median(samples),
    unit: 'µs/body',
    ...(bound === undefined ? {} : { bound, boundLabel: 'compiled JSON schema (ajv), same run' }),
    details: { min: Math.min(...samples), max: Math.max(...samples) },
  };
}

/**
 * Validating a progress command's body: our pipe with its compiled fast path, the same pipe with class-transformer
 * and class-validator only (as before), and a compiled JSON schema with the same rules and the same shape check
 * (the bound), in alternating rounds of one process. Each figure includes the JSON copy all get (so it is a little
 * above the validation alone).
 */
export const validationScenario: Scenario = {
  name: 'validation',
  async run({ quick }: BenchOptions): Promise<Measurement[]> {
    const pipe = new InputValidationPipe();
    const classValidatorOnly = new InputValidationPipe({ compiled: false });
    const count = quick ? 5_000 : 20_000;
    const viaPipe = (body: object) => pipe.transform(body, metadata);
    const viaClassValidator = (body: object) => classValidatorOnly.transform(body, metadata);
    const viaSchema = (body: object) => {
      if (shapeProblem(body)) throw new Error('shape');
      if (!compiled(body)) throw new Error('invalid');
      return body;
    };
    const checks = [viaPipe, viaClassValidator, viaSchema];
    for (const check of checks) await perBody(2_000, check);
    const samples: number[][] = checks.map(() => []);
    for (let round = 0; round < 5; round++) {
      for (const [i, check] of checks.entries()) samples[i].push(await perBody(count, check));
    }
    const [pipeSamples, classValidatorSamples, schemaSamples] = samples;
    const size = `5×${count}`;
    return [
      figure('validate a progress body: compiled JSON schema (ajv) + shape check', size, schemaSamples),
      figure('validate a progress body: InputValidationPipe, compiled fast path', size, pipeSamples, median(schemaSamples)),
      figure('validate a progress body: InputValidationPipe, class-transformer + class-validator only', size, classValidatorSamples, median(schemaSamples)),
    ];
  },
};
