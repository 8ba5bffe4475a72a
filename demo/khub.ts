import { esc, longDate } from './html';
import { posts, type Post } from './posts';

/**
 * Knowledge Hub pages in the shape of a Liferay blog: `<title>` is "Entry - Group - Knowledge
 * Hub", the group's name is no heading, the entry title is h3.title, the body is in
 * .widget-mode-detail-text, and "More Blog Entries" lists the previous and next entries by
 * date, whoever wrote them, each under its own h3.title.
 */
export const KHUB_HOST = 'khub.net';
export const GROUP_PATH = '/web/digital-leaders/-/blogs';

export function khubUrl(post: Post): string {
  return `https://${KHUB_HOST}${GROUP_PATH}/${post.slug}`;
}

const STYLE = `
  body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1f2933; background: #f4f6f8; }
  .khub-bar { background: #24135f; color: #fff; padding: 12px 24px; font-weight: 600; }
  .khub-bar a { color: #fff; text-decoration: none; }
  .site-title { margin: 0; padding: 16px 24px; font-size: 1.2rem; background: #fff; border-bottom: 1px solid #d5dbe1; }
  .portlet-blogs { max-width: 46rem; margin: 24px auto; background: #fff; padding: 24px 32px; border-radius: 6px; }
  h3.title { font-size: 1.9rem; margin: 0 0 8px; }
  .username { font-weight: 600; color: #24135f; }
  .text-secondary { color: #5f6b7a; }
  .widget-mode-detail-text p { margin: 0 0 1.3em; }
  .entry-navigation { max-width: 46rem; margin: 24px auto; display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  .entry-navigation h4 { grid-column: 1 / -1; margin: 0; }
  .card h3.title { font-size: 1rem; margin: 4px 0; }
  .card { background: #fff; padding: 16px; border-radius: 6px; }
  .comments { max-width: 46rem; margin: 24px auto 400px; color: #5f6b7a; }
  .entry-list { list-style: none; padding: 0; }
  .entry-list li { margin: 0 0 16px; }
`;

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - Digital Leaders - Knowledge Hub</title>
<style>${STYLE}</style>
</head>
<body>
<div class="khub-bar"><a href="/">Knowledge Hub</a></div>
<div class="site-title">Digital Leaders</div>
${main}
</body>
</html>`;
}

function card(label: string, post: Post | undefined): string {
  if (!post) return '<div class="card"></div>';
  return `<div class="card">
  <div class="text-secondary">${label}</div>
  <h3 class="title"><a class="title-link" href="${GROUP_PATH}/${post.slug}">${esc(post.title)}</a></h3>
  <div class="text-secondary">${esc(post.author)} · ${longDate(post.published)}</div>
</div>`;
}

/** Which posts are out: the demo can hold back the series' later parts and publish them. */
export type Published = (post: Post) => boolean;
const everything: Published = () => true;

export const FEED_PATH = `${GROUP_PATH}/rss`;
export const PUBLISH_PATH = '/__demo/publish';

/** A link to a post that is not out yet is only its text: the author adds links as parts appear. */
function unlinkHeld(html: string, published: Published): string {
  return html.replace(
    /<a href="[^"]*\/-\/blogs\/([^"]+)">([^<]*)<\/a>/g,
    (link, slug: string, text: string) => {
      const post = posts.find((p) => p.slug === slug);
      return post && !published(post) ? text : link;
    },
  );
}

function publishButton(held: boolean): string {
  return held
    ? `<form class="demo-publish" method="post" action="${PUBLISH_PATH}"><button type="submit">Publish the next part</button> <span class="text-secondary">(demo only: as the author would)</span></form>`
    : '';
}

export function khubEntry(post: Post, published: Published = everything): string {
  const out = posts.filter(published);
  const index = out.indexOf(post);
  const held = out.length < posts.length;
  return page(
    post.title,
    `<div class="portlet-blogs"><div class="widget-mode-detail">
<h3 class="title">${esc(post.title)}</h3>
<p><a class="username" href="/web/${encodeURIComponent(post.author.toLowerCase().replace(/ /g, '-'))}">${esc(post.author)}</a>
<span class="text-secondary">${esc(post.role)} · ${longDate(post.published)}</span></p>
<div class="widget-mode-detail-text">
${post.body.map((p) => `<p>${unlinkHeld(p, published)}</p>`).join('\n')}
</div>
</div></div>
<section class="entry-navigation" aria-label="More Blog Entries">
<h4>More Blog Entries</h4>
${card('Previous', out[index - 1])}
${card('Next', out[index + 1])}
</section>
${publishButton(held)}
<section class="comments"><h4>Comments</h4><p>Be the first to comment on this entry.</p></section>`,
  );
}

export const LOGIN_PATH = '/c/portal/login';

/** Liferay's sign-in page, where a members-only post sends a visitor without a session. */
export function loginPage(redirect: string): string {
  return page(
    'Sign in',
    `<div class="portlet-blogs"><h2>Sign in to Knowledge Hub</h2>
<p>This post is for members of Digital Leaders. Sign in to read it.</p>
<form method="post" action="${LOGIN_PATH}?redirect=${encodeURIComponent(redirect)}">
<p><label>Email address <input type="email" name="login" autocomplete="username"></label></p>
<p><label>Password <input type="password" name="password" autocomplete="current-password"></label></p>
<p><button type="submit">Sign in</button></p>
</form></div>`,
  );
}

/** The group's blog feed, as Liferay publishes it beside the entries: newest first. */
export function khubFeed(published: Published = everything): string {
  const items = posts
    .filter(published)
    .reverse()
    .map(
      (post) =>
        `<item><title>${esc(post.title)}</title><link>https://${KHUB_HOST}${GROUP_PATH}/${post.slug}</link><pubDate>${new Date(post.published).toUTCString()}</pubDate><author>${esc(post.author)}</author></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Digital Leaders - Blogs</title><link>https://${KHUB_HOST}${GROUP_PATH}</link>${items}</channel></rss>`;
}

export function khubListing(published: Published = everything): string {
  const entries = posts
    .filter(published)
    .reverse()
    .map(
      (post) => `<li><a href="${GROUP_PATH}/${post.slug}">${esc(post.title)}</a>
<div class="text-secondary">${esc(post.author)} · ${longDate(post.published)}</div></li>`,
    )
    .join('\n');
  return page(
    'Blogs',
    `<div class="portlet-blogs"><h2>Blogs</h2><ul class="entry-list">${entries}</ul></div>`,
  );
}
