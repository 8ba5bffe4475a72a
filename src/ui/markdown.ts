/**
 * The few Markdown forms our own documents use (headings, paragraphs, bullet lists, bold,
 * inline code, links), built as DOM nodes: the privacy notice and the accessibility
 * statement are written once, in docs/, and shown from there inside the extension. Only our
 * own files come through here; it still never parses HTML.
 */
const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(doc: Document, text: string, into: Node): void {
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    into.appendChild(doc.createTextNode(text.slice(at, match.index)));
    const [, bold, code, label, href] = match;
    if (bold !== undefined) {
      const strong = doc.createElement('strong');
      inline(doc, bold, strong);
      into.appendChild(strong);
    } else if (code !== undefined) {
      into.appendChild(doc.createElement('code')).textContent = code;
    } else if (label !== undefined && href !== undefined) {
      // Links between documents stay inside the extension; others open the web page.
      const link = doc.createElement('a');
      link.textContent = label;
      link.href = href;
      if (/^https?:/.test(href)) link.rel = 'noopener';
      into.appendChild(link);
    }
    at = (match.index ?? 0) + match[0].length;
  }
  into.appendChild(doc.createTextNode(text.slice(at)));
}

export function renderMarkdown(doc: Document, source: string): DocumentFragment {
  const out = doc.createDocumentFragment();
  let list: HTMLUListElement | null = null;
  let item: HTMLElement | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) inline(doc, paragraph.join(' '), out.appendChild(doc.createElement('p')));
    paragraph = [];
  };
  const endList = () => {
    list = null;
    item = null;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      endList();
      const level = heading[1]?.length ?? 1;
      inline(doc, heading[2] ?? '', out.appendChild(doc.createElement(`h${level}`)));
    } else if (bullet) {
      flush();
      list ??= out.appendChild(doc.createElement('ul'));
      item = list.appendChild(doc.createElement('li'));
      inline(doc, bullet[1] ?? '', item);
    } else if (!line.trim()) {
      flush();
      endList();
    } else if (item && /^\s+\S/.test(raw)) {
      // A bullet's text continued on the next line.
      inline(doc, ` ${line.trim()}`, item);
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out;
}
