import type { Result } from './result';
import type { SidebarState } from './sidebar-state';

/** The server functions the sidebar calls through google.script.run, and what they return. */
export interface Endpoints {
  getSidebarState(): Result<SidebarState>;
}
