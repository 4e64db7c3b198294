import type { SidebarState } from '../contract/sidebar-state';
import type { Section } from './nav';

// What the shell (shell.ts) and its sections agree on, apart from both so neither imports the other.

/** What a section may ask of the app after a submission. */
export interface App {
  refresh(after?: { select?: string; notice?: string }): Promise<void>;
}

/** A section that follows the state as it is reloaded, keeping what the person is typing. */
export interface Part extends Section {
  update?(state: SidebarState): void;
}
