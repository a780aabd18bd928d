// Which screen is showing, and what every screen may need: the host, the bank, the history db, settings.
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import type { AppInfo, BankLoadError, HostApi } from '../../electron/shared/ipc/contract.ts';
import type { HistoryDb } from './db/schema.ts';
import type { QuizSession } from './features/quiz/quiz-session.svelte.ts';
import { Settings } from './lib/settings.svelte.ts';

/** The screens of the app. */
export type Screen =
  | { name: 'loading' }
  | { name: 'bank-error'; error: BankLoadError }
  | { name: 'home' }
  | { name: 'custom' }
  | { name: 'analytics' }
  | { name: 'quiz'; session: QuizSession }
  | { name: 'result'; attemptId: string };

export class AppState {
  screen = $state.raw<Screen>({ name: 'loading' });
  bank = $state.raw<CompiledBank | null>(null);
  info = $state.raw<AppInfo | null>(null);
  readonly settings = new Settings();

  constructor(
    readonly host: HostApi,
    readonly db: HistoryDb,
  ) {}

  /** Loads the bank through the host; a failure shows the file and the problem. */
  async load(): Promise<void> {
    this.settings.apply();
    const [bank, info] = await Promise.all([this.host.loadBank(), this.host.appInfo()]);
    if (info.ok) this.info = info.value;
    if (!bank.ok) {
      this.screen = { name: 'bank-error', error: bank.error };
      return;
    }
    this.bank = bank.value;
    this.screen = { name: 'home' };
  }

  show(screen: Screen): void {
    this.screen = screen;
    window.scrollTo?.(0, 0);
  }
}
