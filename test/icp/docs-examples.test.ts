import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcpText } from '@/lib/icp/parse-icp-file';

/** The ```json blocks of a markdown file that hold a whole ICP file. */
function icpExamples(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .filter((block) => block.includes('"format": "fitcheck-icp"'));
}

describe('ICP examples in the docs', () => {
  it("the README's example is a file Fitcheck imports", () => {
    const [example] = icpExamples('README.md');
    const result = parseIcpText(example ?? '');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('the suppression-list disqualifier in docs/icp-format.md is valid inside an ICP', () => {
    const [readme] = icpExamples('README.md');
    const docs = readFileSync('docs/icp-format.md', 'utf8');
    const block = /```json\n(\{\n {2}"id": "customer"[\s\S]*?)```/.exec(docs)?.[1];
    expect(block).toBeDefined();
    const icp = JSON.parse(readme ?? '{}') as { disqualifiers: unknown[] };
    icp.disqualifiers.push(JSON.parse(block ?? '{}'));
    const result = parseIcpText(JSON.stringify(icp));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
