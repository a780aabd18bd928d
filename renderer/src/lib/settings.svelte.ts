// The learner's preferences: theme, text size, and the extra-time accommodation. Kept in
// localStorage (they are preferences, not history) and applied to <html> as data attributes.

/** Colour themes. */
export type Theme = 'system' | 'light' | 'dark' | 'high-contrast';
/** Text sizes. */
export type TextSize = 'small' | 'medium' | 'large' | 'x-large';

const KEY = 'mla-c01-settings';
const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'high-contrast'];
const SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'x-large'];

export class Settings {
  theme = $state<Theme>('system');
  textSize = $state<TextSize>('medium');
  /** ESL / accommodation: the exam profile's extra minutes are added to timed exams. */
  extraTime = $state(false);

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    try {
      const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Record<string, unknown>;
      if (THEMES.includes(saved.theme as Theme)) this.theme = saved.theme as Theme;
      if (SIZES.includes(saved.textSize as TextSize)) this.textSize = saved.textSize as TextSize;
      this.extraTime = saved.extraTime === true;
    } catch {
      // Damaged preferences fall back to the defaults; they hold nothing worth an error.
    }
  }

  /** Saves and applies the preferences. */
  apply(root: HTMLElement = document.documentElement): void {
    root.dataset.theme = this.theme;
    root.dataset.textSize = this.textSize;
    this.storage?.setItem(KEY, JSON.stringify({ theme: this.theme, textSize: this.textSize, extraTime: this.extraTime }));
  }
}
