import * as v from 'valibot';
import { protocol, type MessageType, type Reply, type Request, type Result } from './protocol';

/** The parts of runtime.MessageSender the router needs; kept structural so tests need no browser. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface SenderContext {
  tabId: number | null;
  url: string | null;
}

export type Handlers = {
  [K in MessageType]: (request: Request<K>, sender: SenderContext) => Promise<Reply<K>>;
};

function isKnownType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(protocol, type);
}

function senderAllowed(kind: 'content' | 'page', sender: Sender, extensionOrigin: string): boolean {
  const fromExtension = sender.url?.startsWith(extensionOrigin) ?? false;
  return kind === 'content' ? sender.tab?.id !== undefined && !fromExtension : fromExtension;
}

async function handle<K extends MessageType>(
  type: K,
  payload: unknown,
  sender: Sender,
  handlers: Handlers,
): Promise<Result<Reply<K>>> {
  const parsed = v.safeParse(protocol[type].request, payload);
  if (!parsed.success) {
    return { ok: false, error: `${type} rejected: ${v.summarize(parsed.issues)}` };
  }
  try {
    const handler = handlers[type] as (r: unknown, s: SenderContext) => Promise<Reply<K>>;
    const value = await handler(parsed.output, {
      tabId: sender.tab?.id ?? null,
      url: sender.url ?? null,
    });
    return { ok: true, value };
  } catch (error) {
    // The message is what the reader sees when an action fails: plain words, no stack.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Returns the one onMessage listener of a context. It is deliberately not async: returning
 * undefined leaves messages meant for other listeners alone, and nothing is thrown across the
 * wire. Replies are always `{ ok, value | error }`.
 */
export function createRouter(handlers: Handlers, extensionOrigin: string) {
  return (message: unknown, sender: Sender): Promise<Result<unknown>> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isKnownType(type)) return undefined;
    if (!senderAllowed(protocol[type].sender, sender, extensionOrigin)) {
      return Promise.resolve({ ok: false, error: `${type} is not accepted from this sender` });
    }
    return handle(type, payload, sender, handlers);
  };
}
