import { esc, longDate } from './html';
import { KHUB_HOST } from './khub';
import { posts, type Post } from './posts';

/**
 * LinkedIn articles as a logged-out reader gets them: a /pulse/ URL, og:title, JSON-LD with
 * the author, the body in .reader-article-content, and "More articles" by the same author.
 */
export const LINKEDIN_HOST = 'www.linkedin.com';

export function linkedinUrl(post: Post): string | null {
  return post.linkedinSlug ? `https://${LINKEDIN_HOST}/pulse/${post.linkedinSlug}` : null;
}

const STYLE = `
  body { margin: 0; font: 16px/1.65 -apple-system, system-ui, sans-serif; color: #191919; background: #f4f2ee; }
  .global-nav { background: #fff; padding: 10px 24px; font-weight: 700; color: #0a66c2; border-bottom: 1px solid #e0dfdc; }
  main { max-width: 44rem; margin: 24px auto; }
  article { background: #fff; padding: 28px 36px; border-radius: 8px; }
  .pulse-title { font-size: 2rem; line-height: 1.25; margin: 0 0 16px; }
  .publisher-author-card { color: #666; margin-bottom: 24px; }
  .publisher-author-card strong { color: #191919; }
  .reader-article-content p { margin: 0 0 1.4em; }
  aside { margin: 24px 0 400px; background: #fff; padding: 16px 24px; border-radius: 8px; }
`;

function absolute(body: string): string {
  return body.replace(/href="\//g, `href="https://${KHUB_HOST}/`);
}

export function linkedinArticle(post: Post): string {
  const more = posts.filter((p) => p !== post && p.author === post.author && p.linkedinSlug);
  const jsonLd = JSON.stringify({
    '@context': 'http://schema.org',
    '@type': 'Article',
    name: post.title,
    headline: post.title,
    datePublished: `${post.published}T08:00:00.000+00:00`,
    author: { '@type': 'Person', name: post.author },
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(post.title)} | LinkedIn</title>
<meta property="og:title" content="${esc(post.title)}">
<meta property="og:type" content="article">
<script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script>
<style>${STYLE}</style>
</head>
<body>
<div class="global-nav">LinkedIn</div>
<main>
<article class="article-main">
<h1 class="pulse-title">${esc(post.title)}</h1>
<div class="publisher-author-card"><strong>${esc(post.author)}</strong><br>${esc(post.role)}<br>Published ${longDate(post.published)}</div>
<div class="reader-article-content">
${post.body.map((p) => `<p>${absolute(p)}</p>`).join('\n')}
</div>
</article>
<aside><h2>More articles by ${esc(post.author)}</h2><ul>
${more.map((p) => `<li><a href="/pulse/${p.linkedinSlug ?? ''}">${esc(p.title)}</a></li>`).join('\n')}
</ul></aside>
</main>
</body>
</html>`;
}
