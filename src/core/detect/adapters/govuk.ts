import { NEVER, nothing, type Adapter } from './adapter';

/**
 * GOV.UK blogs (WordPress on *.blog.gov.uk): ".related-posts" can hold siblings, which must
 * share the base title; ".next-prev" is chronological.
 */
export const govuk: Adapter = {
  name: 'govuk-blog',
  hosts: /\.blog\.gov\.uk$/,
  trigger: NEVER,
  collect: nothing,
};
