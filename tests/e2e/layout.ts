/**
 * What a reader would see go wrong on a small screen, found in the page itself: it scrolls
 * sideways, text is under 12 px, text lies under a control it does not belong to, or a short
 * title is squeezed into a column. An expression, so it runs in a tab (page.evaluate) and in
 * the real toolbar popup (over DevTools) alike. Each problem is one line for the reader.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push('scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px');
  }
  // Inside a closed <details>, an element keeps its box but is not drawn.
  const shown = (el) =>
    !el.closest('.visually-hidden') &&
    el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) &&
    el.getClientRects().length > 0;
  const short = (s) => s.replace(/\\s+/g, ' ').trim().slice(0, 40);
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || !shown(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) problems.push('text under 12 px (' + size + ' px): "' + short(node.textContent) + '"');
    const range = document.createRange();
    range.selectNodeContents(node);
    texts.push({ el, name: short(node.textContent), rects: [...range.getClientRects()] });
  }
  const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary')].filter(shown);
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const label = short(control.textContent || control.getAttribute('aria-label') || control.tagName);
    for (const text of texts) {
      if (control.contains(text.el) || text.el.contains(control)) continue;
      const hit = text.rects.some((r) =>
        Math.min(box.right, r.right) - Math.max(box.left, r.left) > 1 &&
        Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top) > 1);
      if (hit) problems.push('"' + text.name + '" lies under the control "' + label + '"');
    }
  }
  for (const title of document.querySelectorAll('.part__link, .series h2, .continue__title')) {
    if (!shown(title)) continue;
    const text = short(title.textContent);
    const range = document.createRange();
    range.selectNodeContents(title);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
    if (text.length <= 32 && lines > 1) problems.push('short title on ' + lines + ' lines: "' + text + '"');
    const room = (title.closest('li, article, section') || document.body).getBoundingClientRect().width;
    if (title.getBoundingClientRect().width < 0.6 * room && lines > 1) {
      problems.push('title squeezed into a column (' + Math.round(title.getBoundingClientRect().width) + ' of ' + Math.round(room) + ' px): "' + text + '"');
    }
  }
  return [...new Set(problems)];
})()`;
