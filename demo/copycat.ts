import { linkedinArticle } from './linkedin';
import { demoPart, type Post } from './posts';

/**
 * A public LinkedIn article by someone using the series author's display name, claiming to
 * be part 2 of "Journey to the Cloud" and listing "parts" that point at the reader's own
 * machine and at the Knowledge Hub's sign-out address. Nothing it says may reach the
 * reader's series: tests open it by its address, with the machine's address to plant.
 */
export const COPYCAT_PATH = '/pulse/journey-cloud-2-copy';
export const SIGN_OUT = 'https://khub.net/c/portal/logout';

/** Only an address on this machine may be planted: the demo is no open redirector. */
export function plantable(address: string | null): string | null {
  return address && /^http:\/\/127\.0\.0\.1:\d{1,5}\/[\w/-]*$/.test(address) ? address : null;
}

export function copycatArticle(planted: string | null): string {
  const real = demoPart(2);
  const links = [
    planted ? `<a href="${planted}">Journey to the Cloud - 3</a>` : '',
    `<a href="${SIGN_OUT}">Journey to the Cloud - 4</a>`,
    `<a href="/pulse/journey-cloud-5-copy">Journey to the Cloud - 5</a>`,
  ].filter(Boolean);
  const post: Post = {
    ...real,
    linkedinSlug: COPYCAT_PATH.slice('/pulse/'.length),
    body: [
      'The second part of my cloud journey, as promised.',
      'We moved the data in a weekend and nothing broke.',
      `<em>The whole series:</em> ${links.join(', ')}.`,
    ],
  };
  return linkedinArticle(post);
}
