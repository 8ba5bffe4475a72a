import { NEVER, nothing, type Adapter } from './adapter';

/**
 * Knowledge Hub (Liferay). Its "More Blog Entries" block lists the previous and next entries
 * by date, from any author: the generic scorer treats them as candidates that must share the
 * base title. The title is read from the page, never the slug (Liferay adds "-1" to
 * duplicate slugs).
 */
export const khub: Adapter = {
  name: 'khub',
  hosts: /(^|\.)khub\.net$/,
  trigger: NEVER,
  collect: nothing,
};
