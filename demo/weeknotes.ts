import { esc, longDate } from './html';

/**
 * A council digital team's self-hosted WordPress blog: a three-part series on a site no
 * platform switch covers, which Instalments reaches only through "detect series on any
 * site", a remembered site, or "Check this page". All text was written for this demo.
 */
export const WEEKNOTES_HOST = 'digital.harbour-borough.example';

interface Weeknote {
  n: number;
  slug: string;
  date: string;
  body: string[];
}

const SERIES = 'Retiring the mainframe';
const TOTAL = 3;

export const weeknotes: Weeknote[] = [
  {
    n: 1,
    slug: 'retiring-the-mainframe-part-1',
    date: '2026-09-04',
    body: [
      'The council tax system has run on the same mainframe since 1994. This is the first of three posts on how we are moving it off, written as we go.',
      'This week we listed every job the mainframe runs overnight. There are 412 of them; 37 nobody could explain. We have started asking the people who retired.',
      'Next time: what we found when we switched the unexplained ones off in the test environment.',
    ],
  },
  {
    n: 2,
    slug: 'retiring-the-mainframe-part-2',
    date: '2026-09-18',
    body: [
      'Of the 37 unexplained jobs, 31 did nothing anyone missed. Four fed reports that finance still reads each month, and two kept the housing benefit extract in step.',
      'We wrote each of the six down as a user need before rebuilding anything. Two of them turned out to be the same need, asked for by different teams in 2003 and 2011.',
      'Next time: running the old and new systems side by side for a whole billing cycle.',
    ],
  },
  {
    n: 3,
    slug: 'retiring-the-mainframe-part-3',
    date: '2026-10-02',
    body: [
      'For one full billing cycle both systems produced every bill, and a script compared them line by line. They differed on 214 of 61,000 accounts, all of them single-person discounts.',
      'The old system rounded the discount before applying it; the new one after. The law is silent, so we kept the old behaviour and wrote down why.',
      'The mainframe is switched off on 30 October. We will write one more post after the first bills go out.',
    ],
  },
];

export const weeknotePath = (w: Weeknote) => `/2026/${w.date.slice(5, 7)}/${w.slug}/`;
export const weeknoteUrl = (w: Weeknote) => `https://${WEEKNOTES_HOST}${weeknotePath(w)}`;
const titleOf = (w: Weeknote) => `${SERIES}: part ${w.n} of ${TOTAL}`;

export function weeknotePage(w: Weeknote): string {
  const prev = weeknotes.find((o) => o.n === w.n - 1);
  const next = weeknotes.find((o) => o.n === w.n + 1);
  const nav = (o: Weeknote | undefined, rel: string, label: string) =>
    o
      ? `<div class="nav-${rel}">${label} <a href="${weeknotePath(o)}" rel="${rel}">${esc(titleOf(o))}</a></div>`
      : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.6.2">
<title>${esc(titleOf(w))} – Harbour Borough Digital</title>
<meta property="og:title" content="${esc(titleOf(w))}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${w.date}T09:00:00+00:00">
<link rel="canonical" href="${weeknoteUrl(w)}">
<style>
  body { margin: 0; font: 17px/1.7 Georgia, serif; color: #1d1d1d; background: #fbfaf7; }
  .site-header { padding: 14px 24px; border-bottom: 3px solid #00703c; font: 700 18px system-ui, sans-serif; }
  main { max-width: 40rem; margin: 32px auto 600px; padding: 0 16px; }
  .entry-title { font-size: 2rem; line-height: 1.2; }
  .entry-meta { color: #555; font: 14px system-ui, sans-serif; }
  .post-navigation { margin-top: 40px; font: 15px system-ui, sans-serif; }
</style>
</head>
<body class="post-template-default single single-post postid-${100 + w.n} single-format-standard">
<header class="site-header">Harbour Borough Digital</header>
<main id="primary" class="site-main">
<article id="post-${100 + w.n}" class="post-${100 + w.n} post type-post status-publish format-standard hentry category-weeknotes">
<header class="entry-header">
<h1 class="entry-title">${esc(titleOf(w))}</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="${w.date}T09:00:00+00:00">${longDate(w.date)}</time> by <span class="author vcard">Priya Raman</span></div>
</header>
<div class="entry-content">
${w.body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts">
${nav(prev, 'prev', 'Previous:')}
${nav(next, 'next', 'Next:')}
</nav>
</main>
</body>
</html>`;
}
