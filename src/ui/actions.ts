/** What the views can ask for; main.tsx wires these to background messages. */
export interface Actions {
  open(partId: string): void;
  bookmark(partId: string, bookmarked: boolean): void;
  mark(partId: string, read: boolean): void;
}
