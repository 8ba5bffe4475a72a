import { uiLanguage } from '../core/i18n';
import { renderMarkdown } from './markdown';

/** An extension page that shows one of our documents: its first heading is the page title. */
export function showDocument(markdown: string): void {
  const main = document.querySelector('main');
  if (!main) return;
  main.replaceChildren(renderMarkdown(document, markdown));
  document.title = main.querySelector('h1')?.textContent ?? document.title;
  // The documents are written in English; the page says so even in another UI language.
  document.documentElement.lang = uiLanguage().startsWith('en') ? uiLanguage() : 'en';
}
