// Reactive reads from Dexie: a runes wrapper over liveQuery. Create it while a component initialises;
// it re-runs the query whenever the tables it read change, and stops with the component.
import { liveQuery } from 'dexie';

export class LiveQuery<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state.raw<Error | undefined>(undefined);

  constructor(query: () => Promise<T>) {
    $effect(() => {
      const subscription = liveQuery(query).subscribe({
        next: (v) => (this.value = v),
        error: (e: unknown) => (this.error = e instanceof Error ? e : new Error(String(e))),
      });
      return () => subscription.unsubscribe();
    });
  }
}
