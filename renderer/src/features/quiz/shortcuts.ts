// Keyboard shortcuts of the exam screen, in one table the help overlay also shows.

/** What a shortcut does. */
export type ShortcutAction = 'next' | 'previous' | 'flag' | 'review' | 'end' | 'help' | 'check';

/** The shortcuts: Alt+letter, as the Pearson VUE delivery uses, and ? for help. */
export const SHORTCUTS: { keys: string; action: ShortcutAction; label: string }[] = [
  { keys: 'Alt+N', action: 'next', label: 'Next question' },
  { keys: 'Alt+P', action: 'previous', label: 'Previous question' },
  { keys: 'Alt+F', action: 'flag', label: 'Flag or unflag for review' },
  { keys: 'Alt+R', action: 'review', label: 'Open the review screen' },
  { keys: 'Alt+C', action: 'check', label: 'Check my answer (practice)' },
  { keys: 'Alt+E', action: 'end', label: 'End (asks for confirmation)' },
  { keys: '?', action: 'help', label: 'Show this help' },
];

/** The parts of a key press that shortcuts look at. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action a key press asks for, if any. */
export function shortcutFor(e: KeyPress): ShortcutAction | undefined {
  if (e.ctrlKey || e.metaKey) return undefined;
  if (!e.altKey) return e.key === '?' ? 'help' : undefined;
  // e.code, because Alt changes e.key on some layouts (macOS Option+N is "˜").
  const letter = e.code.startsWith('Key') ? e.code.slice(3) : e.key.toUpperCase();
  return SHORTCUTS.find((s) => s.keys === `Alt+${letter}`)?.action;
}
