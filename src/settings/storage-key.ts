/** Where the reader's settings live in `storage.local`. */
export const SETTINGS_KEY = 'settings';
