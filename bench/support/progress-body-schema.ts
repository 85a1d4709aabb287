/** ReportProgressDto's rules (with EvidenceDto's and EffectiveAtDto's) as one JSON schema, for ajv to compile once. */
export const PROGRESS_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['note'],
  properties: {
    note: { type: 'string', minLength: 3, maxLength: 4000 },
    evidence: {
      anyOf: [
        { type: 'null' },
        {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'title'],
            properties: {
              kind: { enum: ['link', 'document'] },
              title: { type: 'string', minLength: 2, maxLength: 300 },
              url: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 2000, pattern: '^https?://[^\\s/$.?#].[^\\s]*$' }] },
              reference: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 2, maxLength: 500 }] },
            },
          },
        },
      ],
    },
    percentComplete: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0, maximum: 100 }] },
    effectiveAt: { type: 'string', maxLength: 40 },
  },
};
