import type { RefusalParams } from './refusal-reasons';

/**
 * Parameters a rule takes from the refused value itself (a password: which of its rules it broke), set by the
 * rule's decorator. They are answered as the refusal's own `params`, naming the field (`{field, problem, …}`):
 * a field problem carries only what the DTO declared.
 */
export const PARAMS_FROM_VALUE: Record<string, (value: unknown) => RefusalParams> = {};
