import { generator, NEVER, nothing, type Adapter } from './adapter';

/** Blogger: the ".blog-pager" newer/older links are chronological, never series proof. */
export const blogger: Adapter = {
  name: 'blogger',
  hosts: /(^|\.)blogspot\.com$/,
  identify: (doc) => generator(doc, /^Blogger/i),
  trigger: NEVER,
  collect: nothing,
};
