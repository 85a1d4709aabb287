import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import '../../src/app.module';
import { PASSWORD_RULES } from '../../src/kernel/password-rules';
import { AppConfig } from '../../src/config/app-config';
import { PROBLEM_CODES, REFUSAL_REASONS } from '../../src/kernel/refusal-reasons';
import { SHAPE_RULES } from '../../src/http/input-shape';
import { WHAT_FIRST } from '../../src/recommendations/recommendation.transitions';

/** Metadata kinds that decide whether to validate; they never fail a value themselves. */
const NOT_RULES = new Set(['conditionalValidation', 'isOptional']);

/**
 * Every validation rule a DTO of the app declares (class-validator's metadata, read after loading the app
 * module and with it every controller's DTOs), with the rules Nest and the input-shape check add.
 */
export function validationRules(): string[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { name?: string; type: string }[]> };
  // The environment is validated with class-validator too, before anything starts: not a refusal of the API.
  const ofRequests = [...storage.validationMetadatas].filter(([target]) => target !== AppConfig).map(([, metadata]) => metadata);
  const declared = ofRequests.flat().map((metadata) => metadata.name ?? metadata.type);
  return [...new Set([...declared, 'whitelistValidation', ...SHAPE_RULES])].filter((rule) => !NOT_RULES.has(rule)).sort();
}

/** Everything a refusal of the API can name: its code, its reason, each field problem's rule (and a password's own problem). */
export function problemVocabulary() {
  return {
    codes: [...PROBLEM_CODES],
    reasons: [...REFUSAL_REASONS],
    rules: validationRules(),
    passwordRules: [...PASSWORD_RULES, 'notText'],
    nextSteps: Object.keys(WHAT_FIRST),
  };
}

/** Whether a problem+json body names only codes, reasons and rules from the vocabulary. */
export function unknownNamesIn(body: { code?: unknown; reason?: unknown; errors?: { rule?: unknown }[] }): string[] {
  const { codes, reasons, rules } = problemVocabulary();
  const rulesOrReasons = new Set<unknown>([...rules, ...reasons, 'RuleViolated']);
  return [
    ...(codes.includes(body.code as never) ? [] : [`code ${String(body.code)}`]),
    ...(body.reason === undefined || reasons.includes(body.reason as never) ? [] : [`reason ${String(body.reason)}`]),
    ...(body.errors ?? []).filter((e) => !rulesOrReasons.has(e.rule)).map((e) => `rule ${String(e.rule)}`),
  ];
}
