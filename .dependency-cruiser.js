/** Boundaries the build enforces (npm run lint): see docs/architecture.md, "Boundaries". */
const DOMAIN = '(\\.decider|\\.events|\\.rules|\\.state|\\.transitions|\\.commands)\\.ts$';
const CAPABILITY_INSIDES = ['^src/[^/]+/dto/', '\\.controller\\.ts$', '-facts\\.ts$'];

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No file imports itself through others.', from: {}, to: { circular: true } },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Capabilities depend on each other in one direction only.',
      scope: 'folder',
      from: { path: '^src/[^/]+/?$' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: "Deciders, events and rules import nothing from Nest's HTTP layer, an adapter or a store.",
      from: { path: [DOMAIN, '^src/kernel/(command-time|domain-errors|access-denied|access-policy|principal)\\.ts$'] },
      to: {
        path: ['^src/(http|event-store|projections|web)/', 'node_modules/(@nestjs|express|fastify|better-sqlite3|@eventstore|nodemailer|pdfkit|exceljs)/'],
      },
    },
    {
      name: 'capability-insides-are-private',
      severity: 'error',
      comment:
        'A capability reaches another through its module, its bus messages (commands/, queries/), its events and deciders; ' +
        'never through the HTTP shape (dto/, controllers) or the facts it completes its commands with.',
      from: { path: '^src/([^/]+)/', pathNot: ['\\.spec\\.ts$', '^src/demo/'] },
      to: { path: CAPABILITY_INSIDES, pathNot: '^src/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^src/web/public/', '\\.cli\\.ts$', '\\.spec\\.ts$'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
