import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const register = join(root, 'test/support/ts-register.js');

/** The app as `node src/main.ts` runs it, in a process of its own. */
export class AppProcess {
  private output = '';
  readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', register, join(root, 'src/main.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'log', LOG_FORMAT: 'pretty', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
  }

  get log(): string {
    return this.output;
  }

  async url(): Promise<string> {
    for (let i = 0; i < 1200; i++) {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(this.output);
      if (match) return match[1].replace('[::1]', '127.0.0.1');
      if (this.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the app did not start:\n${this.output}`);
  }

  /** SIGKILL: no shutdown hooks, whatever it was doing stops where it is. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill(signal);
    });
  }
}
