// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextListEditor } from '@/components/icp-editor/TextListEditor';
import { suggestionsFor, type ValueChoices } from '@/components/icp-editor/value-choices';
import type { SignalField } from '@/lib/signals/vocabulary';
import { click, mount, press, type } from './harness';

const choices: ValueChoices = {
  industries: ['Software Development', 'Technology, Information and Internet'],
  technologies: [],
  countries: [
    { code: 'DE', name: 'Germany' },
    { code: 'GB', name: 'United Kingdom' },
  ],
  lists: [],
};

function mountList(field: SignalField, initial: string[] = [], freeText = false) {
  return mount<string[]>(initial, (values, onChange) => (
    <TextListEditor
      values={values}
      suggestions={suggestionsFor(field, choices)}
      onChange={onChange}
      label="Values"
      freeText={freeText}
      testId="text-list-editor"
    />
  ));
}

const chipValues = (m: ReturnType<typeof mountList>) =>
  m.all('[data-testid=list-chip]').map((chip) => chip.dataset.value);

describe('TextListEditor', () => {
  it('stores a typed label as its value and shows the label on the chip', async () => {
    const m = mountList('hqCountry');
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'germany');
    await click(m.get('[data-testid=list-value-add]'));
    expect(m.changes.at(-1)).toEqual(['DE']);
    expect(m.get('[data-testid=list-chip]').textContent).toContain('Germany (DE)');
    expect(input.value).toBe('');
  });

  it('maps vocabulary labels on Enter, and keeps the form from submitting', async () => {
    const m = mountList('fundingStage');
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'Series B');
    const event = await press(input, 'Enter');
    expect(event.defaultPrevented).toBe(true);
    expect(chipValues(m)).toEqual(['series_b']);
  });

  it('does not add a value twice, whatever its case or spelling', async () => {
    const m = mountList('hqCountry', ['DE']);
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'Germany');
    await press(input, 'Enter');
    await type(input, 'de');
    await press(input, 'Enter');
    expect(m.changes).toEqual([]);
    expect(chipValues(m)).toEqual(['DE']);
    expect(m.root.textContent).toContain('Already in the list: Germany (DE)');
  });

  it('adds on a comma, except inside a label that has one', async () => {
    const m = mountList('industry');
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'software development');
    expect((await press(input, ',')).defaultPrevented).toBe(true);
    await type(input, 'Technology');
    expect((await press(input, ',')).defaultPrevented).toBe(false);
    await type(input, 'Technology, Information and Internet');
    await press(input, 'Enter');
    expect(chipValues(m)).toEqual(['Software Development', 'Technology, Information and Internet']);
  });

  it('splits pasted text on commas and skips blanks', async () => {
    const m = mountList('technology');
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'HubSpot, , Salesforce ,hubspot');
    await press(input, 'Enter');
    expect(chipValues(m)).toEqual(['HubSpot', 'Salesforce']);
    await type(input, '   ');
    await press(input, 'Enter');
    expect(m.changes).toHaveLength(1);
  });

  it('keeps keywords as typed', async () => {
    const m = mountList('hqCountry', [], true);
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    await type(input, 'Germany');
    await press(input, 'Enter');
    expect(chipValues(m)).toEqual(['Germany']);
  });

  it('removes the chip whose button was pressed', async () => {
    const m = mountList('hqCountry', ['DE', 'GB', 'FR']);
    await click(m.get('[aria-label="Remove GB"]'));
    expect(m.changes.at(-1)).toEqual(['DE', 'FR']);
    expect(chipValues(m)).toEqual(['DE', 'FR']);
  });

  it('offers the suggestions in a datalist tied to the input', () => {
    const m = mountList('hqCountry');
    const input = m.get<HTMLInputElement>('[data-testid=list-value-input]');
    const list = m.get(`datalist#${CSS.escape(input.getAttribute('list') ?? '')}`);
    expect([...list.querySelectorAll('option')].map((option) => option.value)).toEqual([
      'Germany (DE)',
      'United Kingdom (GB)',
    ]);
    expect(m.get(`label[for="${input.id}"]`).textContent).toBe('Values');
  });
});
