import { NEVER, nothing, type Adapter } from './adapter';

/** LinkedIn articles (/pulse/): the title numbering and JSON-LD author carry the series. */
export const linkedin: Adapter = {
  name: 'linkedin',
  hosts: /(^|\.)linkedin\.com$/,
  trigger: NEVER,
  collect: nothing,
};
