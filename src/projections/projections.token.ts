/** Injection token of the list of read-model projections the engine runs. */
export const PROJECTIONS = Symbol('PROJECTIONS');
