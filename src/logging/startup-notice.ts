import { LogFormat } from './app-logger';

/** What someone who just started the app needs to know, and might need to copy. */
export interface StartupFacts {
  url: string;
  /** Set while no coordinator exists: the one-time token the setup page (or POST /auth/setup) asks for. */
  setupToken: string | null;
  demo: { examples: string[]; password: string | null } | null;
}

/**
 * The few lines that must stand out from the rest of the log. Pretty: a framed block; JSON: one object whose
 * fields can be read by a program (no token inside an escaped string).
 */
export function startupNotice(facts: StartupFacts, format: LogFormat, colors = false): string {
  if (format === 'json')
    return `${JSON.stringify({ level: 'log', pid: process.pid, timestamp: Date.now(), context: 'Follow-through', message: `listening on ${facts.url}`, ...facts })}\n`;
  const lines = [`Follow-through is listening on ${facts.url}   (API docs: ${facts.url}/docs, health: ${facts.url}/health)`];
  if (facts.setupToken) {
    lines.push('', `No coordinator yet: open ${facts.url} to set up the first one with this one-time token:`, `    ${facts.setupToken}`);
  }
  if (facts.demo) {
    lines.push('', `Demo accounts: ${facts.demo.examples.join(', ')}`);
    lines.push(
      facts.demo.password ? `    password: ${facts.demo.password}   (shown only now)` : '    password: the one printed when the demo was first loaded',
    );
  }
  const bold = (text: string) => (colors && text.trim() ? `\x1b[1m${text}\x1b[0m` : text);
  const rule = '─'.repeat(Math.min(100, Math.max(...lines.map((l) => l.length))));
  return ['', rule, ...lines.map(bold), rule, ''].join('\n') + '\n';
}
