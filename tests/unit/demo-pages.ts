import { Window } from 'happy-dom';
import { khubEntry, khubUrl } from '../../demo/khub';
import { linkedinArticle, linkedinUrl } from '../../demo/linkedin';
import { posts, type Post } from '../../demo/posts';

// One window parses every document: a happy-dom Window per page is never collected, and a
// property test parses thousands of pages.
let window: Window | null = null;

/** The demo site's pages as parsed Documents, so unit tests read the same markup as E2E. */
export function parse(html: string, url: string): Document {
  window ??= new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // Relative links resolve against the page's own address, as in a browser.
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
  return doc;
}

export function demoPost(slug: string): Post {
  const post = posts.find((p) => p.slug === slug);
  if (!post) throw new Error(`no demo post ${slug}`);
  return post;
}

export function khubPage(slug: string): { doc: Document; url: string } {
  const post = demoPost(slug);
  const url = khubUrl(post);
  return { doc: parse(khubEntry(post), url), url };
}

export function linkedinPage(slug: string): { doc: Document; url: string } {
  const post = demoPost(slug);
  const url = linkedinUrl(post);
  if (!url) throw new Error(`${slug} was not cross-posted`);
  return { doc: parse(linkedinArticle(post), url), url };
}
