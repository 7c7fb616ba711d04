import { visibleText } from '@/lib/extractors/dom-text';
import { type AboutKey, aboutKeyForLabel, GUEST_ROW_TEST_IDS } from './labels';

/** One labelled About row: its label and every value element (Company size has two). */
export interface AboutRow {
  label: string;
  values: Element[];
}

export type AboutRows = Map<AboutKey, AboutRow>;

/**
 * Reads the About card's labelled rows. Each `dd` is paired with the `dt` before it in the
 * same `dl`, never by index: rows come and go per company, and "Company size" has two `dd`s
 * (the band, then the members count). Guest pages also name rows with `data-test-id`, which
 * covers a row whose `dt` is missing.
 */
export function readAboutRows(doc: Document, isNoise: (el: Element) => boolean): AboutRows {
  const rows: AboutRows = new Map();
  readGuestTestIdRows(doc, isNoise, rows);
  for (const list of Array.from(doc.querySelectorAll('dl'))) {
    if (!isNoise(list)) readDefinitionList(list, rows);
  }
  return rows;
}

function readGuestTestIdRows(doc: Document, isNoise: (el: Element) => boolean, rows: AboutRows): void {
  for (const [testId, key] of Object.entries(GUEST_ROW_TEST_IDS)) {
    const row = doc.querySelector(`[data-test-id="${testId}"]`);
    if (!row || isNoise(row) || rows.has(key)) continue;
    const values = Array.from(row.querySelectorAll('dd'));
    if (values.length > 0) rows.set(key, { label: visibleText(row.querySelector('dt') ?? row), values });
  }
}

function readDefinitionList(list: Element, rows: AboutRows): void {
  let current: { key: AboutKey | undefined; row: AboutRow } | undefined;
  for (const term of Array.from(list.querySelectorAll('dt, dd'))) {
    if (term.closest('dl') !== list) continue;
    if (term.tagName === 'DT') {
      const label = visibleText(term);
      current = { key: aboutKeyForLabel(label), row: { label, values: [] } };
      if (current.key && !rows.has(current.key)) rows.set(current.key, current.row);
      continue;
    }
    if (current?.key && rows.get(current.key) === current.row) current.row.values.push(term);
  }
}
