#!/usr/bin/env node
// Builds dist/ only when what it is built from changed since the last build (`npm start`, `npm ci`, `npm run demo`).
// What counts: every file under src/ and the build's settings, by content (a checkout that only touches times builds nothing).
'use strict';
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const STAMP = join(root, 'dist', '.built-from');
const SETTINGS = ['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function sourceHash() {
  const hash = createHash('sha256');
  const files = filesUnder(join(root, 'src'))
    .concat(SETTINGS.map((f) => join(root, f)).filter(existsSync))
    .sort();
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

if (!existsSync(join(root, 'src'))) {
  // npm ci in a Docker layer that has package.json but not yet the sources: the image builds later.
  console.log('build-if-changed: no src/ here, nothing to build');
  process.exit(0);
}
const wanted = sourceHash();
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
if (built === wanted && existsSync(join(root, 'dist', 'main.js'))) process.exit(0);
const nest = join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
console.log(built ? 'sources changed since the last build: building' : 'building (first time)');
execFileSync(process.execPath, [nest, 'build'], { cwd: root, stdio: 'inherit' });
// The browser code, bundled and compressed once here rather than at every start.
execFileSync(process.execPath, [join(root, 'dist', 'web', 'web-bundle.cli.js')], { cwd: root, stdio: 'inherit' });
writeFileSync(STAMP, `${wanted}\n`);
