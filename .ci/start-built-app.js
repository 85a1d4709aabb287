#!/usr/bin/env node
// Starts the built app (node dist/main.js, as npm start does) on a fresh data directory and checks what a new user
// sees: the page at /, /health, and after signing in a list that is not empty. `--demo` starts it with DEMO_DATA=true
// and signs in as the demo's coordinator; otherwise it sets up the first coordinator with the token from the log.
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const demo = process.argv.includes('--demo');
const root = join(__dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'ft-ci-start-'));
const child = spawn(process.execPath, [join(root, 'dist', 'main.js')], {
  cwd: root,
  env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...(demo ? { DEMO_DATA: 'true' } : {}) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (chunk) => (log += chunk));
child.stderr.on('data', (chunk) => (log += chunk));
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

function check(condition, what) {
  if (!condition) throw new Error(`${what}\n--- app log ---\n${log}`);
  console.log(`   ok: ${what}`);
}

async function notice() {
  const started = Date.now();
  while (Date.now() - started < 90_000) {
    const line = log.split('\n').find((l) => l.includes('"context":"Follow-through"') && l.includes('"url"'));
    if (line) return JSON.parse(line);
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the app did not start\n--- app log ---\n${log}`);
}

async function post(url, body) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function main() {
  const facts = await notice();
  const { url } = facts;
  const page = await fetch(`${url}/`);
  check(page.status === 200 && /<script type="module" src="\/ui\/app-\w+\.js">/.test(await page.text()), `GET / answers the page (${url})`);
  const health = await fetch(`${url}/health`);
  check(health.status === 200 && (await health.json()).status === 'ok', 'GET /health is ok');
  let email;
  let password;
  if (demo) {
    check(facts.setupToken === null && facts.demo && facts.demo.password, 'the demo accounts and their password are printed; no setup token');
    [email, password] = [facts.demo.examples[0], facts.demo.password];
  } else {
    check(typeof facts.setupToken === 'string', 'a setup token is printed');
    [email, password] = ['first@ci.follow-through.test', 'a passphrase for the ci'];
    const setup = await post(`${url}/auth/setup`, { setupToken: facts.setupToken, email, name: 'First Coordinator', password });
    check(setup.status === 201, 'the setup token makes the first coordinator');
  }
  const login = await post(`${url}/auth/login`, { email, password });
  check(login.status === 200, `${email} signs in`);
  const { token } = await login.json();
  const path = demo ? '/recommendations' : '/accounts';
  const list = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await list.json();
  check(list.status === 200 && body.total > 0, `GET ${path} signed in lists ${body.total}`);
}

main()
  .then(async () => {
    child.kill('SIGTERM');
    const how = await exited;
    check(how === 'SIGTERM' || how === 0, `the app stops on SIGTERM (${how})`);
    check(!/"level":"error"/.test(log), 'no error in the log');
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    child.kill('SIGKILL');
    process.exitCode = 1;
  })
  .finally(() => rmSync(dataDir, { recursive: true, force: true }));
