// Unit specs live beside the code (src, *.spec.ts); contract, e2e and durability tests under test/.
module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '/node_modules/content-disposition/.+\\.js$': '<rootDir>/test/support/esm-to-commonjs.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // The real-EventStoreDB leg needs a running server; it joins the run when its connection string is set.
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.EVENTSTORE_CONNECTION_STRING ? [] : ['esdb-live\\.contract'])],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
