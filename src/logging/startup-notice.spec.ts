import { chosenLogFormat } from './app-logger';
import { startupNotice } from './startup-notice';

describe('the log format and the start-up notice', () => {
  it.each([
    [undefined, true, 'pretty'],
    [undefined, false, 'json'],
    ['json', true, 'json'],
    ['pretty', false, 'pretty'],
  ] as const)('LOG_FORMAT=%s with a terminal=%s writes %s', (setting, terminal, expected) => {
    expect(chosenLogFormat(setting, terminal)).toBe(expected);
  });

  const facts = {
    url: 'http://127.0.0.1:3000',
    setupToken: 'tok_ABCDEFGHIJKLMNOPQRSTUV',
    demo: { examples: ['coordinator@demo.follow-through.org'], password: 'pw-123456' },
  };

  it('as JSON is one line whose fields a program reads: no token inside an escaped string', () => {
    const text = startupNotice(facts, 'json');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(text)).toMatchObject({ level: 'log', message: 'listening on http://127.0.0.1:3000', ...facts });
  });

  it('pretty, puts the token and the demo password alone on their lines inside a frame', () => {
    const lines = startupNotice(facts, 'pretty').split('\n');
    expect(lines).toContain('    tok_ABCDEFGHIJKLMNOPQRSTUV');
    expect(lines.some((line) => line.startsWith('    password: pw-123456'))).toBe(true);
    expect(lines.filter((line) => /^─+$/.test(line))).toHaveLength(2);
    expect(startupNotice({ ...facts, setupToken: null, demo: null }, 'pretty')).not.toContain('token');
  });
});
