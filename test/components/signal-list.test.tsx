// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SignalList } from '@/components/SignalList';
import { collectFacts } from '@/lib/accounts/facts';
import { signal } from '../helpers/signals';

describe('SignalList', () => {
  it('shows one element per value, list items apart, and what other sources said beside it', () => {
    const facts = collectFacts([
      signal('employeeRange', '1001-5000', { extractorId: 'linkedin-company' }),
      signal('employeeRange', '501-1000', {
        extractorId: 'company-website',
        url: 'https://www.acme.com/about',
      }),
      signal('specialties', ['Anvils', 'Rocket skates']),
      signal('name', '<img src=x onerror=alert(1)>'),
    ]);
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root') as HTMLElement;
    render(<SignalList facts={facts} />, root);
    const values = [...root.querySelectorAll('[data-testid=signal]')].map(
      (el) => `${el.getAttribute('data-field')}=${el.getAttribute('data-value')}`,
    );
    expect(values).toEqual([
      'name=<img src=x onerror=alert(1)>',
      'employeeRange=1001-5000',
      'specialties=Anvils',
      'specialties=Rocket skates',
    ]);
    const alternative = root.querySelector('[data-testid=signal-alternative]');
    expect(alternative?.getAttribute('data-value')).toBe('501-1000');
    expect(alternative?.textContent).toContain('acme.com says 501–1,000 employees');
    expect(root.querySelector('img')).toBeNull();
  });
});
