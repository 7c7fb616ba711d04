import { type Pooled, SIZE_BANDS, TOOLS, UNREADABLE } from './export-pools';
import type { CrmStyle } from './generate-export';

type Random = () => number;
type Size = { employees?: number; employeeRange?: string };

const cell = <T>(text: string, expected: T | undefined | typeof UNREADABLE): Pooled<T> => ({
  text,
  expected,
});
const bandOf = (count: number) => SIZE_BANDS.find(([min, max]) => count >= min && count <= max);
const pad = (part: number) => String(part).padStart(2, '0');

/** A seeded PRNG (mulberry32): the same seed writes the same file, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random cells in the formats each CRM writes, each with the value reading it must give. */
export function randomCells(random: Random, style: CrmStyle) {
  const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[integer(0, items.length - 1)] as T;
  const european = style === 'european';
  const noise = <T>(good: () => Pooled<T>, unreadable: string[]): Pooled<T> => {
    const roll = random();
    if (roll < 0.05) return cell<T>('', undefined);
    if (roll < 0.08) return cell<T>('N/A', undefined);
    return roll < 0.12 ? cell<T>(pick(unreadable), UNREADABLE) : good();
  };

  const employees = () =>
    noise<Size>(() => {
      const count = Math.floor(Math.exp(random() * Math.log(20_000)));
      const band = bandOf(count);
      const [, , label = '', written = ''] = band ?? [];
      const formats: [string, Size][] = [
        [String(count), { employees: count, employeeRange: label }],
        [count.toLocaleString(european ? 'de-DE' : 'en-US'), { employees: count, employeeRange: label }],
        [written, { employeeRange: label }],
        ['1,000+', { employeeRange: '1000+' }],
      ];
      const [text, size] = pick(formats);
      return cell(text, size);
    }, ['lots', 'ask HR', '12.5']);

  const amount = () =>
    noise<number>(() => {
      const millions = integer(1, 500) / 10;
      const dollars = integer(10_000, 50_000_000);
      const cents = integer(0, 99);
      const formats: [string, number][] = european
        ? [
            [
              (dollars + cents / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 }),
              (dollars * 100 + cents) / 100,
            ],
            [String(dollars), dollars],
            [`${String(millions).replace('.', ',')} Mio.`, Math.round(millions * 10) * 100_000],
          ]
        : [
            [String(dollars), dollars],
            [`$${dollars.toLocaleString('en-US')}.00`, dollars],
            [`$${millions}M`, Math.round(millions * 10) * 100_000],
          ];
      const [text, value] = pick(formats);
      return cell(text, value);
    }, ['ask finance', '1,2 Mio. €', 'EUR 300000', 'tbc']);

  const domain = (index: number) =>
    noise<string>(
      () =>
        pick([
          cell(`company${index}.com`, `company${index}.com`),
          cell(`https://www.company${index}.com/about`, `company${index}.com`),
          cell(`www.company${index}.co.uk`, `company${index}.co.uk`),
        ]),
      ['not a website', 'http://'],
    );

  const technologies = (): Pooled<string[]> => {
    const tools = TOOLS.filter(() => random() < 0.25);
    const written = random() < 0.2 && tools[0] ? [...tools, tools[0].toLowerCase()] : tools;
    return cell(written.join(pick(['; ', ', ', ' | ', '\n'])), tools.length > 0 ? tools : undefined);
  };

  const closeDate = () =>
    noise<string>(() => {
      const date = new Date(Date.UTC(2019, 0, 1) + integer(0, 6 * 365) * 86_400_000);
      const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      if (european) return cell(`${pad(day)}.${pad(month)}.${year}`, iso);
      if (style === 'salesforce') return cell(`${month}/${day}/${year}`, iso);
      return cell(random() < 0.5 ? iso : `${iso} 14:${pad(integer(0, 59))}`, iso);
    }, ['last spring', '31/02/2024', '2024-13-01']);

  return { pick, employees, amount, domain, technologies, closeDate };
}
