// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { EditorOperator } from '@/lib/icp/editor/default-value';
import type { ValueChoices } from '@/components/icp-editor/value-choices';
import { ValueEditor } from '@/components/icp-editor/ValueEditor';
import { OPERATOR_IDS } from '@/lib/icp/operators';
import type { SignalField } from '@/lib/signals/vocabulary';
import { click, mount } from './harness';

const choices: ValueChoices = {
  industries: ['Software Development'],
  technologies: ['HubSpot'],
  countries: [{ code: 'DE', name: 'Germany' }],
  lists: [{ id: 'customers', label: 'Customers', count: 12 }],
};

const OPERATORS: EditorOperator[] = [...new Set<EditorOperator>([...OPERATOR_IDS, 'on_list'])];

function renderEditor(field: SignalField, operator: EditorOperator, value: unknown, onChange = () => {}) {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(
    <ValueEditor
      field={field}
      operator={operator}
      value={value}
      onChange={onChange}
      choices={choices}
      idPrefix="rule-1"
    />,
    root,
  );
  return root;
}

describe('ValueEditor', () => {
  it.each([
    ['in_list', 'hqCountry', ['DE'], '[data-testid=list-chip][data-value=DE]'],
    ['keyword', 'name', ['cloud'], '[data-testid=list-chip][data-value=cloud]'],
    ['size_in_range', 'employeeRange', { min: 51, max: 200 }, '[data-band="51-200"]:checked'],
    ['between', 'followers', { min: 10 }, '[data-testid=bound-min]'],
    ['within_days', 'lastFundingDate', 90, '[data-testid=days]'],
    ['equals', 'demoCta', false, '[data-testid=equals-boolean]'],
    ['on_list', 'domain', 'customers', '[data-testid=list-picker]'],
  ] as const)('shows %s with its own editor', (operator, field, value, selector) => {
    const root = renderEditor(field, operator, value);
    const wrapper = root.querySelector('[data-testid=value-editor]');
    expect(wrapper?.getAttribute('data-operator')).toBe(operator);
    expect(wrapper?.querySelector(selector)).not.toBeNull();
  });

  it('labels a country chip with its name', () => {
    const root = renderEditor('hqCountry', 'in_list', ['DE']);
    expect(root.querySelector('[data-testid=list-chip]')?.textContent).toContain('Germany (DE)');
  });

  const WRONG_VALUES: unknown[] = [
    'DE',
    '',
    42,
    Number.NaN,
    -5,
    true,
    null,
    undefined,
    {},
    { min: 'a', max: null },
    { min: 500, max: 10 },
    [],
    [1, null, { a: 1 }, 'ok'],
    Symbol('odd'),
    () => 1,
  ];
  const FIELDS: SignalField[] = ['industry', 'employeeRange', 'pricingPage', 'foundedYear', 'technology'];

  it('never throws on a value of the wrong shape, and does not change it by showing it', () => {
    const changes: unknown[] = [];
    for (const operator of OPERATORS) {
      for (const field of FIELDS) {
        for (const value of WRONG_VALUES) {
          const root = renderEditor(field, operator, value, () => changes.push(value));
          expect(root.querySelector(`[data-testid=value-editor][data-operator=${operator}]`)).not.toBeNull();
        }
      }
    }
    expect(changes).toEqual([]);
  });

  it('shows a string where a range is expected as no range, and a band click starts a fresh one', async () => {
    const m = mount<unknown>('51-200', (value, onChange) => (
      <ValueEditor
        field="employeeRange"
        operator="size_in_range"
        value={value}
        onChange={onChange}
        choices={choices}
        idPrefix="r"
      />
    ));
    expect(m.all('[data-testid=size-band]:checked')).toEqual([]);
    await click(m.get('[data-band="201-500"]'));
    expect(m.changes).toEqual([{ min: 201, max: 500 }]);
  });

  it('keeps only the text items of a mixed list', () => {
    const root = renderEditor('technology', 'includes_any', ['HubSpot', 7, null]);
    const chips = [...root.querySelectorAll<HTMLElement>('[data-testid=list-chip]')];
    expect(chips.map((chip) => chip.dataset.value)).toEqual(['HubSpot']);
  });

  it('says so instead of guessing for an operator it does not know', () => {
    const root = renderEditor('name', 'sounds_like' as EditorOperator, ['x']);
    expect(root.textContent).toContain('No editor for the operator “sounds_like”');
  });
});
