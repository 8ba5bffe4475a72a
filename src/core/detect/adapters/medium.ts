import { inHead, NEVER, nothing, type Adapter } from './adapter';

/** Medium has no series markup; its " | by Author | Medium" title suffix is stripped. */
export const medium: Adapter = {
  name: 'medium',
  hosts: /(^|\.)medium\.com$/,
  identify: (doc) => inHead(doc, 'meta[property="al:android:app_name"][content="Medium"]') !== null,
  trigger: NEVER,
  collect: nothing,
};
