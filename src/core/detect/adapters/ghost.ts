import { generator, NEVER, nothing, type Adapter } from './adapter';

/** Ghost: no series markup of its own; the generator tag names the platform. */
export const ghost: Adapter = {
  name: 'ghost',
  identify: (doc) => generator(doc, /^Ghost/i),
  trigger: NEVER,
  collect: nothing,
};
