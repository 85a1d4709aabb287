import { statusBars } from './status-bars';

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

  it('draws empty bars when there is nothing to count', () => {
    const svg = statusBars({}, 'en').text;
    expect([...svg.matchAll(/width="0"/g)]).toHaveLength(7);
  });
});
