// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PersonaEditor } from '@/components/icp-editor/PersonaEditor';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Persona } from '@/lib/icp/schema';
import { click, mount, press, type } from './harness';

const EMPTY: Persona = {
  titles: [],
  excludedTitles: [],
  keywords: [],
  excludedKeywords: [],
  seniority: [],
  excludedSeniority: [],
};
const PERSONA: Persona = { ...EMPTY, titles: ['VP Sales'], seniority: ['vp'] };

type Patch = Partial<Persona> | undefined;

/** Applies each patch as draft-edits' updatePersona does, and records it. */
function mountPersona(initial: Persona | undefined, issues: IcpIssue[] = []) {
  const patches: Patch[] = [];
  const m = mount<Persona | undefined>(initial, (persona, set) => (
    <PersonaEditor
      persona={persona}
      issues={issues}
      onChange={(patch) => {
        patches.push(patch);
        set(patch === undefined ? undefined : { ...(persona ?? EMPTY), ...patch });
      }}
    />
  ));
  const list = (testId: string) => m.get(`[data-testid=${testId}]`);
  const addTo = async (testId: string, text: string) => {
    const input = list(testId).querySelector('[data-testid=list-value-input]') as HTMLInputElement;
    await type(input, text);
    await press(input, 'Enter');
  };
  const chips = (testId: string) =>
    [...list(testId).querySelectorAll<HTMLElement>('[data-testid=list-chip]')].map(
      (chip) => chip.dataset.value,
    );
  return { ...m, patches, list, addTo, chips };
}

describe('PersonaEditor', () => {
  it('explains a persona and adds an empty one', async () => {
    const m = mountPersona(undefined);
    expect(m.get('[data-testid=persona-editor]').textContent).toContain(
      'who to reach at a company that fits',
    );
    expect(m.all('[data-testid=list-value-input]')).toHaveLength(0);
    await click(m.get('[data-testid=persona-add]'));
    expect(m.patches).toEqual([{}]);
    expect(m.all('[data-testid=list-value-input]')).toHaveLength(6);
    expect(m.all('[data-testid=persona-add]')).toHaveLength(0);
  });

  it('labels every list and hints with the schema’s own words', () => {
    const m = mountPersona(PERSONA);
    for (const input of m.all<HTMLInputElement>('input, textarea')) {
      expect(m.root.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
    }
    const titles = m.list('persona-titles').parentElement as HTMLElement;
    expect(titles.textContent).toContain('Titles to look for');
    expect(titles.textContent).toContain('"VP Sales" finds "Vice President of Sales"');
    expect(m.list('persona-excluded-keywords').parentElement?.textContent).toContain('rule a person out');
  });

  it('adds titles and keywords as typed', async () => {
    const m = mountPersona(PERSONA);
    await m.addTo('persona-excluded-titles', 'Sales Intern');
    await m.addTo('persona-keywords', 'vertrieb');
    expect(m.patches).toEqual([{ excludedTitles: ['Sales Intern'] }, { keywords: ['vertrieb'] }]);
    expect(m.chips('persona-titles')).toEqual(['VP Sales']);
  });

  it('stores seniority labels as their values, and refuses levels outside the vocabulary', async () => {
    const m = mountPersona(PERSONA);
    expect(m.list('persona-seniority').textContent).toContain('VP');
    await m.addTo('persona-seniority', 'C-level');
    expect(m.patches).toEqual([{ seniority: ['vp', 'c_level'] }]);
    expect(m.list('persona-seniority').textContent).toContain('C-level');

    await m.addTo('persona-excluded-seniority', 'CEO');
    expect(m.patches).toHaveLength(1);
    const excluded = m.list('persona-excluded-seniority').parentElement as HTMLElement;
    expect(excluded.textContent).toContain('Not a seniority level: CEO');

    await m.addTo('persona-excluded-seniority', 'entry level, intern');
    expect(m.patches.at(-1)).toEqual({ excludedSeniority: ['entry'] });
    expect(m.chips('persona-excluded-seniority')).toEqual(['entry']);
  });

  it('removes a value through its chip', async () => {
    const m = mountPersona(PERSONA);
    await click(m.list('persona-seniority').querySelector('.ve-chip-remove') as HTMLElement);
    expect(m.patches).toEqual([{ seniority: [] }]);
  });

  it('edits the rationale, and leaves an emptied one out', async () => {
    const m = mountPersona(PERSONA);
    const rationale = m.get<HTMLInputElement>('[data-testid=persona-rationale]');
    await type(rationale, 'They own the pipeline.');
    await type(rationale, '   ');
    expect(m.patches).toEqual([{ rationale: 'They own the pipeline.' }, { rationale: undefined }]);
    expect(rationale.value).toBe('');
  });

  it('removes the persona', async () => {
    const m = mountPersona(PERSONA);
    await click(m.get('[data-testid=persona-remove]'));
    expect(m.patches).toEqual([undefined]);
    expect(m.all('[data-testid=persona-add]')).toHaveLength(1);
  });

  it('shows each issue beside the list it is about', () => {
    const issues: IcpIssue[] = [
      { path: 'persona', message: 'a persona needs at least one of "titles", "keywords" or "seniority"' },
      { path: 'persona.excludedTitles[0]', message: '"VP Sales" is both wanted and excluded' },
    ];
    const m = mountPersona({ ...PERSONA, excludedTitles: ['VP Sales'] }, issues);
    const excluded = m.list('persona-excluded-titles').parentElement as HTMLElement;
    expect(excluded.textContent).toContain('both wanted and excluded');
    expect(m.list('persona-titles').parentElement?.textContent).not.toContain('both wanted');
    const whole = m.get('[data-testid=field-issue][data-path=persona]');
    expect(whole.textContent).toContain('needs at least one');
    expect(m.all('[data-testid=field-issue]')).toHaveLength(2);
  });
});
