import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusBars } from './status-bars';

/** The web interface's status colours, read from its own source. */
function webStatusColours(): Record<string, string> {
  const source = readFileSync(join(__dirname, '..', '..', 'web', 'public', 'components', 'charts.js'), 'utf8');
  const block = /STATUS_COLOURS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+): '(#[0-9a-f]{6})'/g)].map((m) => [m[1], m[2]]));
}

describe('the chart of recommendations by status', () => {
  it('draws each status as a bar in proportion to the largest count, with its count and its name in the language', () => {
    const svg = statusBars({ in_progress: 4, implemented: 2, verified: 1 }, 'ru').text;
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    // proposed, assigned, accepted, in_progress, implemented, verified, withdrawn: 260 px for the largest count.
    expect(widths).toEqual([0, 0, 0, 260, 130, 65, 0]);
    expect(svg).toContain('>В работе</text>');
    expect(svg).toContain(
      'aria-label="Рекомендации по статусу: Предложена: 0, Назначена: 0, Принята: 0, В работе: 4, Выполнена: 2, Подтверждена: 1, Отозвана: 0"',
    );
  });

  it('draws each status in the colour the web interface and the reports give it', () => {
    const svg = statusBars({ proposed: 1, assigned: 1, accepted: 1, in_progress: 1, implemented: 1, verified: 1, withdrawn: 1 }, 'en').text;
    const fills = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    const web = webStatusColours();
    expect(fills).toEqual(['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'].map((s) => web[s]));
  });

  it('draws empty bars when there is nothing to count', () => {
    const svg = statusBars({}, 'en').text;
    expect([...svg.matchAll(/width="0"/g)]).toHaveLength(7);
  });
});
