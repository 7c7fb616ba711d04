import type { FitcheckDb } from '@/lib/db';
import type { Observation } from '@/lib/signals/vocabulary';
import { type Account, accountSchema } from './account';
import { mergeObservation } from './merge';

/** A person is stored like an account, keyed by their profile: `person:<profile slug>`. */
export function personIdOf(observation: Observation): string | undefined {
  const profile = observation.signals.find((signal) => signal.field === 'personLinkedinUrl')?.value;
  const slug = typeof profile === 'string' ? /\/in\/([^/]+)\/$/.exec(profile)?.[1] : undefined;
  return slug ? `person:${slug}` : undefined;
}

export async function recordPerson(db: FitcheckDb, observation: Observation): Promise<Account | undefined> {
  const id = personIdOf(observation);
  if (!id) return undefined;
  return db.transaction('rw', db.people, async () => {
    const merged = mergeObservation(await db.people.get(id), observation, id);
    const name = observation.signals.find((signal) => signal.field === 'personName')?.value;
    const person = { ...merged, name: typeof name === 'string' ? name : merged.name };
    await db.people.put(person);
    return person;
  });
}

export async function getPerson(db: FitcheckDb, id: string): Promise<Account | undefined> {
  const parsed = accountSchema.safeParse(await db.people.get(id));
  return parsed.success ? parsed.data : undefined;
}
