import browser from 'webextension-polyfill';
import { createClient } from '../messaging/client';

// The only module that imports the polyfill, so everything else runs in Node tests as is.
export { browser };

export const send = createClient((message) => browser.runtime.sendMessage(message));
