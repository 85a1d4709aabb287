// Jest loads modules its own way and cannot require an ES module on Node 20 (node itself can since 20.19). The few
// ES-only packages under node_modules that the app pulls in (content-disposition 3, via @fastify/static) are
// turned into CommonJS for the tests.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    return { code: transformSync(source, { format: 'cjs', loader: 'js', sourcefile: filename, target: 'node20' }).code };
  },
};
