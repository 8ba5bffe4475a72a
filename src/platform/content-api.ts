import type Browser from 'webextension-polyfill';
import { createClient } from '../messaging/client';

/**
 * The few browser APIs the always-on content script uses, without webextension-polyfill
 * (3 KB gzip on every page). In MV3 both browsers return promises; only a message listener's
 * promised reply needs bridging to `sendResponse`, which Chrome's own listener expects.
 */
type Native = Pick<typeof Browser, 'runtime' | 'storage'>;
type Listener = (message: unknown) => Promise<unknown> | undefined;

const g = globalThis as unknown as { browser?: Native; chrome?: Native };
const native = (): Native => {
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('Instalments: no extension API here');
  return api;
};

export const contentApi = {
  sendMessage: (message: unknown): Promise<unknown> => native().runtime.sendMessage(message),
  onMessage(listener: Listener): void {
    const bridge = (message: unknown, _sender: unknown, reply: (value: unknown) => void) => {
      const answer = listener(message);
      if (!answer) return undefined;
      answer.then(reply, () => reply(undefined));
      return true;
    };
    native().runtime.onMessage.addListener(bridge as never);
  },
  getLocal: (keys: string[]): Promise<Record<string, unknown>> => native().storage.local.get(keys),
  onLocalChanged(listener: (keys: string[]) => void): void {
    native().storage.onChanged.addListener((changes, area) => {
      if (area === 'local') listener(Object.keys(changes));
    });
  },
};

export const sendFromPage = createClient(contentApi.sendMessage);
