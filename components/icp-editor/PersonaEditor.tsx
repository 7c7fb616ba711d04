/*
 * Class names (styled elsewhere): ed-persona, ed-persona-empty, ed-persona-add, ed-persona-list,
 * ed-persona-rationale, ed-persona-remove, ed-hint, ed-note
 */
import { useId, useState } from 'preact/hooks';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import { personaSchema } from '@/lib/icp/persona-schema';
import type { Persona, Seniority } from '@/lib/icp/schema';
import { formatFieldValue } from '@/lib/scoring/format-value';
import { SENIORITIES } from '@/lib/signals/vocabulary';
import { FieldIssues } from './FieldIssues';
import { TextListEditor } from './TextListEditor';
import type { Suggestion } from './value-choices';

interface Props {
  persona: Persona | undefined;
  issues: readonly IcpIssue[];
  onChange(patch: Partial<Persona> | undefined): void;
}

type SeniorityKey = 'seniority' | 'excludedSeniority';
type ListKey = 'titles' | 'excludedTitles' | 'keywords' | 'excludedKeywords' | SeniorityKey;

const LISTS: readonly { key: ListKey; label: string }[] = [
  { key: 'titles', label: 'Titles to look for' },
  { key: 'excludedTitles', label: 'Titles that rule a person out' },
  { key: 'keywords', label: 'Title keywords to look for' },
  { key: 'excludedKeywords', label: 'Title keywords that rule a person out' },
  { key: 'seniority', label: 'Seniority to look for' },
  { key: 'excludedSeniority', label: 'Seniority that rules a person out' },
];

const SENIORITY_CHOICES: readonly Suggestion[] = SENIORITIES.map((value) => ({
  value,
  label: formatFieldValue('seniority', value),
}));

const isSeniorityKey = (key: ListKey): key is SeniorityKey =>
  key === 'seniority' || key === 'excludedSeniority';
const isSeniority = (value: string): value is Seniority => (SENIORITIES as readonly string[]).includes(value);

/** The schema's own words, so the editor and docs/icp.schema.json never tell RevOps different things. */
const hintOf = (key: keyof Persona): string => personaSchema.shape[key].description ?? '';

/** "excludedTitles" -> "persona-excluded-titles". */
const testIdOf = (key: ListKey) => `persona-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

interface ListProps {
  list: (typeof LISTS)[number];
  persona: Persona;
  issues: readonly IcpIssue[];
  onChange(patch: Partial<Persona>): void;
}

function PersonaList({ list: { key, label }, persona, issues, onChange }: ListProps) {
  const [notice, setNotice] = useState('');
  const change = (values: string[]) => {
    if (!isSeniorityKey(key)) {
      onChange({ [key]: values });
      return;
    }
    // A seniority outside the vocabulary could never match anyone: refuse it here, not at save time.
    const known = values.filter(isSeniority);
    const unknown = values.filter((value) => !isSeniority(value));
    const levels = SENIORITY_CHOICES.map((choice) => choice.label).join(', ');
    setNotice(
      unknown.length > 0 ? `Not a seniority level: ${unknown.join(', ')}. Choose from: ${levels}.` : '',
    );
    if (unknown.length === 0 || known.length !== persona[key].length) onChange({ [key]: known });
  };
  return (
    <div class="ed-persona-list">
      <TextListEditor
        values={persona[key]}
        suggestions={isSeniorityKey(key) ? SENIORITY_CHOICES : []}
        onChange={change}
        label={label}
        freeText={!isSeniorityKey(key)}
        testId={testIdOf(key)}
      />
      <p class="ed-hint">{hintOf(key)}</p>
      {notice && (
        <p class="ed-note" role="status">
          {notice}
        </p>
      )}
      <FieldIssues issues={issues} path={`persona.${key}`} />
    </div>
  );
}

function RationaleField({ persona, issues, onChange }: Omit<ListProps, 'list'>) {
  const id = useId();
  return (
    <div class="ed-persona-rationale">
      <label for={id}>Why these people</label>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={persona.rationale ?? ''}
        data-testid="persona-rationale"
        // The file format refuses blank text, so an emptied rationale is left out.
        onInput={(event) => {
          const text = event.currentTarget.value;
          onChange({ rationale: text.trim() === '' ? undefined : text });
        }}
      />
      <p id={`${id}-hint`} class="ed-hint">
        {hintOf('rationale')}
      </p>
      <FieldIssues issues={issues} path="persona.rationale" />
    </div>
  );
}

/** The ICP's buyer persona: who to reach at a company that fits. */
export function PersonaEditor({ persona, issues, onChange }: Props) {
  if (!persona) {
    return (
      <div class="ed-persona ed-persona-empty" data-testid="persona-editor">
        <p>
          A buyer persona says who to reach at a company that fits: the titles, keywords and seniority
          Fitcheck checks a person against. It never changes a company's score.
        </p>
        <FieldIssues issues={issues} path="persona" />
        <button type="button" class="ed-persona-add" data-testid="persona-add" onClick={() => onChange({})}>
          Add a buyer persona
        </button>
      </div>
    );
  }
  return (
    <div class="ed-persona" data-testid="persona-editor">
      <FieldIssues issues={issues} path="persona" exact />
      {LISTS.map((list) => (
        <PersonaList key={list.key} list={list} persona={persona} issues={issues} onChange={onChange} />
      ))}
      <RationaleField persona={persona} issues={issues} onChange={onChange} />
      <button
        type="button"
        class="ed-persona-remove"
        data-testid="persona-remove"
        onClick={() => onChange(undefined)}
      >
        Remove persona
      </button>
    </div>
  );
}
