// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ListPicker } from '@/components/icp-editor/ListPicker';
import { type SingleValue, SingleValueEditor } from '@/components/icp-editor/SingleValueEditor';
import { suggestionsFor, type ValueChoices } from '@/components/icp-editor/value-choices';
import type { SignalField } from '@/lib/signals/vocabulary';
import { choose, mount, type } from './harness';

const choices: ValueChoices = {
  industries: [],
  technologies: [],
  countries: [{ code: 'DE', name: 'Germany' }],
  lists: [
    { id: 'customers', label: 'Customers', count: 1204 },
    { id: 'partners', label: 'Partners', count: 1 },
  ],
};

function mountSingle(field: SignalField, initial: SingleValue | undefined) {
  return mount<SingleValue | undefined>(initial, (value, onChange) => (
    <SingleValueEditor
      field={field}
      value={value}
      suggestions={suggestionsFor(field, choices)}
      onChange={onChange}
      idPrefix="c1"
    />
  ));
}

describe('SingleValueEditor', () => {
  it('offers yes/no on a boolean field and emits booleans', async () => {
    const m = mountSingle('pricingPage', true);
    const select = m.get<HTMLSelectElement>('[data-testid=equals-boolean]');
    expect(select.value).toBe('true');
    await choose(select, 'false');
    expect(m.changes).toStrictEqual([false]);
    expect(m.all('[data-testid=equals-text], [data-testid=equals-number]')).toEqual([]);
  });

  it('asks for a choice when a boolean field holds something else', () => {
    const m = mountSingle('freeTrial', 'yes');
    expect(m.get<HTMLSelectElement>('[data-testid=equals-boolean]').value).toBe('');
  });

  it('emits numbers on an integer field', async () => {
    const m = mountSingle('foundedYear', undefined);
    await type(m.get('[data-testid=equals-number]'), '2015');
    expect(m.changes).toStrictEqual([2015]);
  });

  it('maps a committed country name to its code, and shows the name beside the code', async () => {
    const m = mountSingle('hqCountry', '');
    const input = m.get<HTMLInputElement>('[data-testid=equals-text]');
    await type(input, 'Germany');
    expect(m.changes.at(-1)).toBe('Germany');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(m.changes.at(-1)).toBe('DE');
    expect(m.get('[data-testid=equals-label]').textContent).toBe('Germany (DE)');
    expect(input.getAttribute('list')).toBe('c1-options');
  });
});

describe('ListPicker', () => {
  const mountPicker = (initial: string, lists = choices.lists) =>
    mount<string>(initial, (value, onChange) => (
      <ListPicker value={value} lists={lists} onChange={onChange} />
    ));
  const options = (m: ReturnType<typeof mountPicker>) =>
    m.all<HTMLOptionElement>('[data-testid=list-picker] option').map((option) => option.textContent);

  it('names each imported list with its size and emits the chosen id', async () => {
    const m = mountPicker('customers');
    expect(options(m)).toEqual(['Customers (1,204 entries)', 'Partners (1 entry)']);
    await choose(m.get('[data-testid=list-picker]'), 'partners');
    expect(m.changes).toEqual(['partners']);
    expect(m.all('[data-testid=list-not-imported]')).toEqual([]);
  });

  it('keeps a list that is not imported selectable, and says so', () => {
    const m = mountPicker('churned');
    expect(options(m)).toContain('churned (not imported)');
    expect(m.get<HTMLSelectElement>('[data-testid=list-picker]').value).toBe('churned');
    expect(m.get('[data-testid=list-not-imported]').textContent).toContain('“churned”');
  });

  it('asks for a choice before one is made', () => {
    const m = mountPicker('', []);
    expect(options(m)).toEqual(['Choose a list…']);
    expect(m.root.textContent).toContain('No suppression lists imported yet.');
  });
});
