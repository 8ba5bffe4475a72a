import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import { MAX_IMAGES } from './images';
import { IMAGE_ATTR, isCopyableImage, SANITIZE } from './sanitize';
import { t } from '../i18n';

/** Something a saved copy could not keep, told to the reader rather than silently lost. */
export interface Dropped {
  url: string;
  reason: string;
}

/** An article as Readability found it, sanitised, its images referred to by index. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  html: string;
  /** Image addresses; the article's images carry IMAGE_ATTR with their index here. */
  images: string[];
  dropped: Dropped[];
  textLength: number;
}

const MAX_TEXT = 2_000_000;

/**
 * Runs Readability on `doc` (which it changes: pass a clone or a parsed copy) and sanitises
 * the result with `purify`. Null when the page has no article, such as a login form.
 */
function extractArticle(doc: Document, purify: DOMPurify): ExtractedArticle | null {
  const parsed = new Readability(doc, { keepClasses: false }).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) return null;
  const fragment = purify.sanitize(parsed.content, { ...SANITIZE, RETURN_DOM_FRAGMENT: true });
  const images: string[] = [];
  const dropped: Dropped[] = [];
  for (const marked of fragment.querySelectorAll(`[${IMAGE_ATTR}]`)) {
    marked.removeAttribute(IMAGE_ATTR); // the page's own attribute, not ours
  }
  for (const img of fragment.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    img.removeAttribute('src');
    if (!isCopyableImage(src)) {
      dropped.push({
        url: src.slice(0, 200) || t('imageNoAddress'),
        reason: t('imageNotAnAddress'),
      });
      img.remove();
    } else if (images.length >= MAX_IMAGES) {
      dropped.push({ url: src.slice(0, 200), reason: t('imageTooMany', MAX_IMAGES) });
      img.remove();
    } else {
      img.setAttribute(IMAGE_ATTR, String(images.length));
      images.push(src);
    }
  }
  const box = fragment.ownerDocument.createElement('div');
  box.append(fragment);
  const text = box.textContent ?? '';
  if (text.length > MAX_TEXT) return null;
  return {
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    html: box.innerHTML,
    images,
    dropped,
    textLength: text.trim().length,
  };
}

/**
 * A page that asks for a password and has little else to say is a login wall, not the part:
 * the background fetched it without a session the site accepts.
 */
function isLoginWall(asksForPassword: boolean, article: ExtractedArticle | null): boolean {
  return asksForPassword && (article === null || article.textLength < 1500);
}

/** Parses fetched HTML as if it were at `url` (so relative links resolve) and extracts it. */
export function extractFromHtml(
  html: string,
  url: string,
  parser: DOMParser,
  purify: DOMPurify,
): { article: ExtractedArticle | null; login: boolean } {
  const doc = parser.parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  const asksForPassword = doc.querySelector('input[type="password" i]') !== null;
  const article = extractArticle(doc, purify);
  return { article, login: isLoginWall(asksForPassword, article) };
}
