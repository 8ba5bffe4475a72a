import { inHead, NEVER, nothing, type Adapter } from './adapter';

/** Substack: JSON-LD carries headline and author; numbering lives in the title. */
export const substack: Adapter = {
  name: 'substack',
  hosts: /(^|\.)substack\.com$/,
  identify: (doc) =>
    inHead(doc, 'link[href*="substackcdn.com"], script[src*="substackcdn.com"]') !== null,
  trigger: NEVER,
  collect: nothing,
};
