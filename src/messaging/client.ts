import type { Envelope, MessageType, Reply, Request, Result } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

/** A typed sender over any transport; a refused message becomes a thrown Error here. */
export function createClient(transport: Transport) {
  return async function send<K extends MessageType>(
    type: K,
    payload: Request<K>,
  ): Promise<Reply<K>> {
    const message: Envelope<K> = { type, payload };
    const result = (await transport(message)) as Result<Reply<K>> | undefined;
    if (!result) throw new Error(`${type}: no reply (is the background running?)`);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
}
