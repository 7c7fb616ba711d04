import { type ComponentChild, render } from 'preact';
import { useState } from 'preact/hooks';

/** A rendered editor that holds its value the way the options page will, and records every change. */
export interface Mounted<V> {
  root: HTMLElement;
  changes: V[];
  get<E extends Element = HTMLElement>(selector: string): E;
  all<E extends Element = HTMLElement>(selector: string): E[];
}

export function mount<V>(initial: V, editor: (value: V, onChange: (value: V) => void) => ComponentChild) {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  const changes: V[] = [];
  function Holder() {
    const [value, setValue] = useState<V>(initial);
    return (
      <>
        {editor(value, (next) => {
          changes.push(next);
          setValue(() => next);
        })}
      </>
    );
  }
  render(<Holder />, root);
  const mounted: Mounted<V> = {
    root,
    changes,
    get<E extends Element = HTMLElement>(selector: string): E {
      const found = root.querySelector<E>(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    },
    all: <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)],
  };
  return mounted;
}

/** Preact renders state updates after the current task. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
}

export async function choose(select: HTMLSelectElement | HTMLInputElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
}

export async function press(input: HTMLElement, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  await flush();
  return event;
}

export async function click(element: HTMLElement): Promise<void> {
  element.click();
  await flush();
}
