import { describe, expect, test } from 'vitest';
import { collectFacts, detectSeries, isTracked, pageTitle } from '../../src/core/detect';
import { khubPage, linkedinPage, parse } from './demo-pages';

const KHUB = 'https://khub.net/web/digital-leaders/-/blogs';

describe('detectSeries on the demo platforms', () => {
  test('a Knowledge Hub entry is tracked, with its author and the parts it links to', () => {
    const { doc, url } = khubPage('journey-to-the-cloud-2');
    const detection = detectSeries(doc, url);
    expect(detection).toMatchObject({
      seriesTitle: 'Journey to the Cloud',
      part: 2,
      author: 'Sam Okafor',
      platform: 'khub',
    });
    expect(detection && isTracked(detection)).toBe(true);
    // "More Blog Entries" lists neighbours by date: the unrelated post before part 2 is not a part.
    expect(detection?.siblings.map((s) => [s.part, s.url])).toEqual(
      [1, 3, 4, 5].map((n) => [n, `${KHUB}/journey-to-the-cloud-${n}`]),
    );
    expect(detection?.siblings.map((s) => s.url)).not.toContain(
      `${KHUB}/running-accessible-online-consultations`,
    );
    expect(detection?.evidence).toContain('title ends with "- 2"');
  });

  test('the LinkedIn copy of a part gets the same series key as the original', () => {
    const khub = detectSeries(
      khubPage('journey-to-the-cloud-2').doc,
      khubPage('journey-to-the-cloud-2').url,
    );
    const { doc, url } = linkedinPage('journey-to-the-cloud-2');
    const linkedin = detectSeries(doc, url);
    expect(linkedin).toMatchObject({ part: 2, platform: 'linkedin', author: 'Sam Okafor' });
    expect(linkedin?.seriesKey).toBe(khub?.seriesKey);
  });

  test('an unrelated post is not a series part', () => {
    const { doc, url } = khubPage('running-accessible-online-consultations');
    expect(detectSeries(doc, url)).toBeNull();
  });

  test('the real Knowledge Hub shape: "Entry - Group - Knowledge Hub", the entry in one of several h3.title', () => {
    const { doc, url } = khubPage('journey-to-the-cloud-4');
    expect(doc.title).toBe('Journey to the Cloud - 4 - Digital Leaders - Knowledge Hub');
    expect(doc.querySelectorAll('h3.title').length).toBeGreaterThan(1);
    expect(doc.querySelector('h1')).toBeNull();
    const facts = collectFacts(doc, url);
    expect(pageTitle(facts)).toBe('Journey to the Cloud - 4');
    expect(detectSeries(doc, url)).toMatchObject({ seriesTitle: 'Journey to the Cloud', part: 4 });
    // A theme that puts the group's name in h1 changes nothing.
    const group = doc.createElement('h1');
    group.textContent = 'Digital Leaders';
    doc.body.prepend(group);
    expect(detectSeries(doc, url)).toMatchObject({ seriesTitle: 'Journey to the Cloud', part: 4 });
  });

  test('a site named before the title ("build broken » …") is learnt as the site, not the title', () => {
    const url = 'https://blog.example/2009/11/05/design-by-contract-teil-2/';
    const doc = parse(
      `<title>build broken » Design by Contract – jetzt auch mit C# – Teil 2</title>
      <div id="header"><h1>build broken</h1></div>
      <div class="post"><h2 class="entry-title">Design by Contract – jetzt auch mit C# – Teil 2</h2>
      <div class="entry-content"><p>Im ersten Teil ging es um Vorbedingungen.</p></div></div>`,
      url,
    );
    const facts = collectFacts(doc, url);
    expect(facts.siteNames).toEqual(['build broken']);
    expect(detectSeries(doc, url)).toMatchObject({
      seriesTitle: 'Design by Contract – jetzt auch mit C#',
      part: 2,
    });
  });

  test('dated weeknotes are tracked with no part number, one series per site unless an author names it', () => {
    const page = (url: string, author = '') =>
      parse(
        `<head><title>Weeknotes: 24 November 2020 | Team blog</title>${author ? `<meta name="author" content="${author}">` : ''}</head><body><h1>Weeknotes: 24 November 2020</h1><article><p>This week we shipped the alpha.</p></article></body>`,
        url,
      );
    const a = detectSeries(page('https://a.example/2020/11/24/'), 'https://a.example/2020/11/24/');
    expect(a).toMatchObject({ seriesTitle: 'Weeknotes', part: null });
    expect(a && isTracked(a)).toBe(true);
    const b = detectSeries(
      page('https://b.example/weeknotes-24-nov/'),
      'https://b.example/weeknotes-24-nov/',
    );
    expect(b?.seriesKey).not.toBe(a?.seriesKey);
    const byAuthor = detectSeries(
      page('https://c.example/wn/', 'Sam Okafor'),
      'https://c.example/wn/',
    );
    expect(byAuthor?.seriesKey).toBe('weeknotes|sam okafor');
  });

  test('earlier parts with names of their own are siblings when the article lists them, not when a menu does', () => {
    const url = 'https://blog.example/crud-flask-mongodb-parte-3';
    const doc = parse(
      `<head><title>CRUD usando Flask para MongoDB (parte 3)</title></head><body>
      <nav><a href="/otra-cosa-con-flask-y-mongodb-parte-1">Otra cosa con Flask y MongoDB (parte 1)</a></nav>
      <article><p>Los artículos anteriores son:</p><ul>
      <li><a href="/consulta-mongodb-flask-parte-1">Consulta a MongoDB desde Flask (parte 1)</a></li>
      <li><a href="/consulta-mongodb-flask-parte-2">Consulta a MongoDB desde Flask (parte 2)</a></li>
      <li><a href="/kubernetes-parte-1">Kubernetes en casa (parte 1)</a></li></ul></article></body>`,
      url,
    );
    expect(detectSeries(doc, url)?.siblings.map((s) => [s.part, s.url])).toEqual([
      [1, 'https://blog.example/consulta-mongodb-flask-parte-1'],
      [2, 'https://blog.example/consulta-mongodb-flask-parte-2'],
    ]);
  });

  test('an ordered list of the parts places the page under words naming a series; an unordered one only lists it', () => {
    const url = 'https://notes.example.org/raw-whois/';
    const page = (list: string, intro: string) =>
      parse(
        `<head><title>Retrieving raw WHOIS information</title></head><body><article>
        <p>${intro}</p><${list}><li><a href="/whois-library/">A WHOIS library</a></li>
        <li><a href="/raw-whois/">Retrieving raw WHOIS information</a></li>
        <li><a href="/availability/">Checking availability</a></li></${list}>
        <p>Text.</p></article></body>`,
        url,
      );
    expect(detectSeries(page('ol', 'All the posts in this series:'), url)).toMatchObject({
      part: 2,
      total: 3,
    });
    // Themes list "Posts in this series" newest first: the page is one of them, its place
    // says nothing.
    const listed = detectSeries(page('ul', 'Posts in this series:'), url);
    expect(listed).toMatchObject({ part: null, total: 3 });
    expect(listed?.siblings.map((s) => s.part)).toEqual([null, null]);
    expect(listed && isTracked(listed)).toBe(true);
    expect(detectSeries(page('ol', 'Recently on this blog:'), url)).toBeNull();
  });

  test('parts numbered by the words before their links are siblings; a top-ten list is not', () => {
    const url = 'https://blog.example/who-are-your-customers';
    const page = (lines: string) =>
      parse(
        `<head><title>Journey to the Cloud - 2</title></head><body><article>
        <p>The other articles:</p>${lines}<p>Text.</p></article></body>`,
        url,
      );
    const siblings = (lines: string) =>
      detectSeries(page(lines), url)?.siblings.map((s) => [s.part, s.url]);
    expect(
      siblings(
        '<p><i>1- <a href="/sales-teams">Sales teams need data</a></i></p><p><i>3 - <a href="/explore">Help salespeople explore data</a></i></p>',
      ),
    ).toEqual([
      [1, 'https://blog.example/sales-teams'],
      [3, 'https://blog.example/explore'],
    ]);
    expect(
      siblings('<ul><li><strong>Part 4:</strong> <a href="/moving">Moving the data</a></li></ul>'),
    ).toEqual([[4, 'https://blog.example/moving']]);
    // Counts through this page's own number: a list of tools, not of parts.
    expect(
      siblings(
        [1, 2, 3, 4]
          .map((n) => `<p>${n}. <a href="/tool-${n}">Tool ${'ABCD'[n - 1]}</a></p>`)
          .join(''),
      ),
    ).toEqual([]);
  });

  test("a pager that steps by the series' own unit names the parts either side", () => {
    const url = 'https://trip.example/tag2.html';
    const doc = parse(
      `<head><title>Tag 2 – Sonntag, 5. Juli – Jerewan</title></head><body><article><p>Text.</p></article>
      <nav><a href="tag1.html">← Vorheriger Tag</a> <a href="index.html">Übersicht</a> <a href="tag3.html">Nächster Tag →</a>
      <a href="/blog/older">Previous post</a></nav></body>`,
      url,
    );
    expect(detectSeries(doc, url)?.siblings.map((s) => [s.part, s.url])).toEqual([
      [1, 'https://trip.example/tag1.html'],
      [3, 'https://trip.example/tag3.html'],
    ]);
  });

  test('a closing post that lists the earlier parts after "Previously:" is tracked with them', () => {
    const url = 'https://blog.example/xoxo-closing-thoughts';
    const doc = parse(
      `<head><title>XOXO 2019: Closing Thoughts</title></head><body><article>
      <p>(Previously: <a href="/xoxo-part-1">Part 1 - Monday</a>, <a href="/xoxo-part-2">Part 2 - Tuesday</a>)</p>
      <p>As I mentioned in the very first post, the festival caught me at a bad time.</p></article></body>`,
      url,
    );
    const detection = detectSeries(doc, url);
    expect(detection && isTracked(detection)).toBe(true);
    expect(detection?.siblings.map((s) => [s.part, s.url])).toEqual([
      [1, 'https://blog.example/xoxo-part-1'],
      [2, 'https://blog.example/xoxo-part-2'],
    ]);
  });

  test('a series note below the text is read past the acknowledgements and the footnotes', () => {
    const url = 'https://blog.example/posts/understanding-convolutions/';
    const filler = (n: number, what: string) =>
      Array.from({ length: n }, (_, i) => `<p>${what} ${i}: ${'words '.repeat(30)}</p>`).join('');
    const page = (notes: string) =>
      parse(
        `<title>Understanding Convolutions</title><article><h1>Understanding Convolutions</h1>
        ${filler(40, 'Text')}
        <h2>Next Posts in this Series</h2>
        <p>This post is part of a series on convolutional neural networks.</p>
        <p>Please comment below.</p>
        <h2>Acknowledgments</h2><p>Thanks to Eliana.</p><p>Thanks to Michael and Dario.</p>
        ${notes}</article>`,
        url,
      );
    const footnotes = `<section class="footnotes"><ol>${filler(4, 'Note')
      .split('</p>')
      .filter(Boolean)
      .map((p) => `<li>${p}</p></li>`)
      .join('')}</ol></section>`;
    for (const doc of [page(''), page(footnotes)]) {
      const detection = detectSeries(doc, url);
      expect(detection && isTracked(detection)).toBe(true);
      expect(detection?.evidence).toContain('the article says "This post is part of a series"');
    }
    // Without the note, the same page is nobody's part.
    const plain = parse(
      `<title>Understanding Convolutions</title><article>${filler(40, 'Text')}${footnotes}</article>`,
      url,
    );
    expect(detectSeries(plain, url)).toBeNull();
  });

  test('an address that numbers the page after a counting word, beside another such page, places it', () => {
    const page = (path: string, title: string, others: string[]) => {
      const url = `https://notes.example${path}`;
      const links = others.map((o) => `<li><a href="${o}">${title}</a></li>`).join('');
      return detectSeries(
        parse(
          `<title>${title}</title><article><h1>${title}</h1><p>This week I shipped the alpha.</p></article><nav><ul>${links}</ul></nav>`,
          url,
        ),
        url,
      );
    };
    const notes = page('/2021/06/14/weeknotes_3.html', 'Weeknotes', [
      '/2021/07/19/weeknotes_8.html',
      '/2021/07/12/weeknotes_7.html',
    ]);
    expect(notes && isTracked(notes)).toBe(true);
    expect(notes?.part).toBe(3);
    expect(notes?.siblings.map((s) => s.part)).toEqual([8, 7]);
    // A model or a version numbered in the address is no part; nor is a one-off day's recap.
    expect(page('/reviews/iphone-15', 'iPhone review', ['/reviews/iphone-14'])).toBeNull();
    expect(page('/events/day-1-recap', 'Conference recap', ['/events/day-2-recap'])).toBeNull();
  });

  test("any numbered slug places the page when the article links the part its neighbour's address numbers", () => {
    const url = 'https://course.example/how_modeling_works_4.html';
    const page = (link: string) =>
      detectSeries(
        parse(
          `<title>Splitting the data</title><article><h1>Splitting the data</h1><p>Text of the lesson.</p>
          <p>Next time, ${link}.</p></article>`,
          url,
        ),
        url,
      );
    const named = page('join me for <a href="how_modeling_works_5.html">part 5</a>');
    expect(named && isTracked(named)).toBe(true);
    expect(named?.part).toBe(4);
    expect(named?.siblings.map((s) => [s.part, s.url])).toEqual([
      [5, 'https://course.example/how_modeling_works_5.html'],
    ]);
    // The same link in other words, or naming a number its address does not, says nothing.
    expect(page('read <a href="how_modeling_works_5.html">the next post</a>')).toBeNull();
    expect(page('see <a href="how_modeling_works_5.html">part 2</a>')).toBeNull();
  });

  test('a name and a bare number is a part only beside the same name numbered in its pager or in two more links', () => {
    const url = 'https://lab.example/2015/03/14/vexpert-homelab-5/';
    const page = (title: string, around: string) =>
      detectSeries(
        parse(
          `<title>${title} - Lab notes</title><article><h1>${title}</h1><p>Text.</p></article>${around}`,
          url,
        ),
        url,
      );
    const pager = page(
      'vExpert Homelab 5 - ESXi 6.0',
      `<nav class="post-navigation"><a href="/2015/03/01/synology/">Previous Synology DSM 5.2 Beta</a>
      <a href="/2015/03/17/vexpert-homelab-6/">Next » vExpert Homelab 6 - vCenter Configuration</a></nav>`,
    );
    expect(pager && isTracked(pager)).toBe(true);
    expect(pager?.seriesTitle).toBe('vExpert Homelab');
    expect(pager?.part).toBe(5);
    expect(pager?.siblings).toEqual([
      {
        url: 'https://lab.example/2015/03/17/vexpert-homelab-6',
        title: 'vExpert Homelab 6 - vCenter Configuration',
        part: 6,
      },
    ]);
    const listed = page(
      'The Isolation 5',
      `<aside class="widget"><a href="/the-isolation-4/">The Isolation 4</a><a href="/the-isolation-6/">The Isolation 6</a></aside>`,
    );
    expect(listed?.part).toBe(5);
    expect(listed?.siblings.map((s) => s.part)).toEqual([4, 6]);
    // A version, a product or a sequel: one word before the number, or one related link only.
    expect(
      page('Windows 11', '<nav><a href="/windows-10/">Previous: Windows 10</a></nav>'),
    ).toBeNull();
    expect(
      page('Toy Story 4', '<aside class="related"><a href="/toy-story-3/">Toy Story 3</a></aside>'),
    ).toBeNull();
    expect(page('Henry V', '<nav><a href="/henry-iv/">Previous: Henry IV</a></nav>')).toBeNull();
  });

  test('earlier parts named by an ordinal, by a pager with the next number, or in a pager title are siblings', () => {
    const url = 'https://blog.example/2009/11/04/clean-code-teil-2/';
    const german = detectSeries(
      parse(
        `<title>Clean Code Teil 2</title><article><h1>Clean Code Teil 2</h1>
        <p>Nach dem <a href="/2009/08/11/clean-code-teil-1/">ersten Teil</a> hier die Fortsetzung.</p></article>`,
        url,
      ),
      url,
    );
    expect(german?.siblings).toEqual([
      { url: 'https://blog.example/2009/08/11/clean-code-teil-1', title: 'ersten Teil', part: 1 },
    ]);

    const wmi = 'https://wmi.example/posts/wmi-ad-enum/';
    const pager = detectSeries(
      parse(
        `<title>Offensive WMI - Active Directory Enumeration (Part 5)</title>
        <article><h1>Offensive WMI - Active Directory Enumeration (Part 5)</h1><p>Text.</p></article>
        <nav class="pagination">
          <a href="/posts/wmi-recon-enum/">Offensive WMI - Reconnaissance &amp; Enumeration (Part 4)</a>
          <a href="/posts/wmi-basics/">Offensive WMI - The Basics (Part 1)</a>
          <a href="/posts/geo-dns-2/" title="Setting up a Geo DNS lab – part II">← Previous</a>
        </nav>`,
        wmi,
      ),
      wmi,
    );
    // The pager's neighbour, by its own name; not a part further off in a menu.
    expect(pager?.siblings.map((s) => [s.part, s.url])).toEqual([
      [4, 'https://wmi.example/posts/wmi-recon-enum'],
    ]);

    const lab = 'https://lab.example/geo-dns-part-ii/';
    const titled = detectSeries(
      parse(
        `<title>Setting up a Geo DNS lab – part II</title><article><h1>Setting up a Geo DNS lab – part II</h1><p>Text.</p></article>
        <ul class="pager"><li class="previous"><a href="/geo-dns-part-i/" title="Setting up a Geo DNS lab – part I">&larr; Previous</a></li></ul>`,
        lab,
      ),
      lab,
    );
    expect(titled?.siblings.map((s) => [s.part, s.url])).toEqual([
      [1, 'https://lab.example/geo-dns-part-i'],
    ]);
  });

  test('links that are not http(s), or point at the page itself, are never siblings', () => {
    const url = 'https://example.org/notes-3';
    const doc = parse(
      `<title>Notes - 3</title><h1>Notes - 3</h1>
       <a href="javascript:alert(1)">Notes - 1</a>
       <a href="/notes-3#top">Notes - 3</a>
       <a href="/notes-2?utm_source=x">Notes - 2</a>
       <a href="/notes-2">Notes - 2</a>`,
      url,
    );
    expect(detectSeries(doc, url)?.siblings).toEqual([
      { url: 'https://example.org/notes-2', title: 'Notes - 2', part: 2 },
    ]);
  });

  test('a bare "Part 1:" title is tracked: it is how a series starts', () => {
    const url = 'https://example.org/p';
    const detection = detectSeries(parse('<h1>Part 1: Choosing a supplier</h1>', url), url);
    expect(detection?.part).toBe(1);
    expect(detection && isTracked(detection)).toBe(true);
    // With no name, the site and the marker tie its parts together.
    expect(detection?.seriesKey).toBe('example.org|part');
  });

  test('broken JSON-LD does not stop detection', () => {
    const url = 'https://example.org/w';
    const doc = parse(
      '<script type="application/ld+json">{ not json</script><h1>Weeknotes - 7</h1>',
      url,
    );
    expect(detectSeries(doc, url)).toMatchObject({ part: 7, author: null });
  });
});

test('evidence quoting a very long title stays within what the background accepts', () => {
  const url = 'https://example.org/blog/notes-3';
  const long = `${'Word '.repeat(57)}Part 12`;
  const detection = detectSeries(parse(`<h1>${long}</h1>`, url), url);
  expect(detection?.evidence.every((e) => e.length <= 300)).toBe(true);
  expect(detection?.evidence[0]?.endsWith('…')).toBe(true);
});

describe('conventions read from the page around the title', () => {
  test('pages numbered in their addresses are a sequence; listicles side by side are not', () => {
    const url = 'https://docs.example.org/tutorial/2-setup/';
    const doc = parse(
      `<title>Setting up</title><h1>Setting up</h1>
       <nav><a href="../1-intro/">Introduction</a> <a href="../3-deploy/">Deploying</a>
       <a href="/about/">About</a></nav><article><p>Text.</p><p>More.</p><p>End.</p></article>`,
      url,
    );
    expect(detectSeries(doc, url)).toMatchObject({
      part: 2,
      confidence: expect.any(Number),
      siblings: [
        { url: 'https://docs.example.org/tutorial/1-intro', part: 1 },
        { url: 'https://docs.example.org/tutorial/3-deploy', part: 3 },
      ],
    });
    expect(isTracked(detectSeries(doc, url)!)).toBe(true);

    const listicle = 'https://blog.example.org/posts/10-tips-for-cloud/';
    const trap = parse(
      `<title>10 tips for cloud</title><h1>10 tips for cloud</h1>
       <aside><a href="/posts/5-ways-to-save/">5 ways to save</a>
       <a href="/posts/7-habits/">7 habits</a></aside>`,
      listicle,
    );
    expect(detectSeries(trap, listicle)).toBeNull();

    // Numbered post ids beside their chronological neighbours are no sequence.
    const archive = 'http://www.example.org/blog/archives/000028.php';
    const posts = parse(
      `<title>Volume 423</title><h1>Volume 423</h1>
       <div id="menu"><a href="000027.php">« 24th-26th January</a>
       <a href="000029.php">Quandary »</a></div><p>Text.</p><p>More.</p><p>End.</p>`,
      archive,
    );
    expect(detectSeries(posts, archive)).toBeNull();
  });

  test('a page says in its opening that it is part of a series', () => {
    const url = 'https://blog.example.org/moving-the-data';
    const doc = parse(
      `<title>Moving the data | Our blog</title><h1>Moving the data</h1>
       <article class="entry-content"><p>This post is part of a series on moving a council to the cloud.</p>
       <p>Text.</p><p>More.</p></article>`,
      url,
    );
    const found = detectSeries(doc, url);
    expect(found?.evidence).toContain('the article says "This post is part of a series"');
    expect(isTracked(found!)).toBe(true);
  });
});

describe('conventions in the article itself', () => {
  test('a short first line names the part, as a kicker over the text', () => {
    const url = 'https://news.example.org/p/who-are-your-customers';
    const doc = parse(
      `<title>Who Are Your Customers?</title><h1>Who Are Your Customers?</h1>
       <article><p>2025-03-20 · Zane Hall · 1011 words</p>
       <p>Connecting Customer Data Part 2 of 4</p><p>Text.</p><p>More.</p></article>`,
      url,
    );
    expect(detectSeries(doc, url)).toMatchObject({
      seriesTitle: 'Connecting Customer Data',
      part: 2,
      total: 4,
      evidence: ['the article opens with "Connecting Customer Data Part 2 of 4"'],
    });
    // A long paragraph that mentions a part is no kicker.
    const prose = parse(
      `<title>Budgets</title><h1>Budgets</h1><article>
       <p>We set out the numbers in the council's plan, part 2 of 4 chapters on money, and what each of them means for the services people rely on every day.</p>
       <p>Text.</p><p>More.</p></article>`,
      url,
    );
    expect(detectSeries(prose, url)).toBeNull();
  });

  test('a list of the parts in the article, this page among them, places it; an index page is not a part', () => {
    const url = 'https://blog.example.org/how-optimization-works-3';
    const list = `<article><p>Text.</p><p>More.</p><p>End.</p><ul>
      <li><a href="/how-optimization-works-1">Part 1: Optimization methods</a></li>
      <li><a href="/how-optimization-works-2">Part 2: A central tendency model</a></li>
      <li><a href="/how-optimization-works-3">Part 3: A linear model</a></li>
      <li><a href="/how-optimization-works-4">Part 4: Complex models</a></li></ul></article>`;
    const doc = parse(`<title>Fitting a line</title>${list}`, url);
    expect(detectSeries(doc, url)).toMatchObject({ part: 3 });
    expect(detectSeries(doc, url)?.siblings.map((s) => s.part)).toEqual([1, 2, 4]);
    const index = 'https://blog.example.org/how-optimization-works';
    expect(detectSeries(parse(`<title>The series</title>${list}`, index), index)).toBeNull();
  });

  test('previous and next part links in other languages are a sequence', () => {
    const url = 'https://blog.example.de/wir-muessen-reden/teil-vier';
    const doc = parse(
      `<title>Wir müssen reden</title><h1>Wir müssen reden</h1><article><p>Text.</p><p>Mehr.</p>
       <p>Ende.</p><a href="/wir-muessen-reden/teil-drei">← Vorheriger Teil</a>
       <a href="/wir-muessen-reden/teil-fuenf">Nächster Teil →</a></article>`,
      url,
    );
    expect(detectSeries(doc, url)?.evidence[0]).toBe(
      'the article links to its "Vorheriger Teil" and "Nächster Teil"',
    );
  });
});

test('a listing of posts is not a part, whatever its first excerpt says', () => {
  const url = 'https://blog.example.org/posts/';
  const post = (n: number, title: string, text: string) =>
    `<article class="post-entry"><header><h2>${title}</h2></header>
     <section class="entry-content"><p>${text}</p></section>
     <a href="/posts/post-${n}/">Read</a></article>`;
  const doc = parse(
    `<title>Posts</title><h1>Posts</h1><main>
     ${post(2, 'Input devices Part 2', 'This is part 2 of Input Devices.')}
     ${post(1, 'Input devices', 'Repetitive strain injury is a condition.')}</main>`,
    url,
  );
  expect(detectSeries(doc, url)).toBeNull();
});

test("a heading that links to another page is that page's title, not this one's", () => {
  const page = (url: string, href: string) =>
    detectSeries(
      parse(
        `<title>Archive: 2018/12 | Red Peregrine</title><h1 class="title">2018</h1>
        <article><h1 itemprop="name"><a href="${href}">Building a Pause Menu - Part 1</a></h1>
        <p>A short teaser of the post.</p></article>`,
        url,
      ),
      url,
    );
  // One post in the month's archive: its heading is a teaser for the post.
  expect(
    page('https://peregrine.example/archives/2018/12/', '/2018/12/30/pause-menu-1/'),
  ).toBeNull();
  // On the post itself, a heading that links to its own address is still its title.
  const own = page(
    'https://peregrine.example/2018/12/30/pause-menu-1/',
    '/2018/12/30/pause-menu-1/index.html',
  );
  expect(own?.part).toBe(1);
  expect(own?.seriesTitle).toBe('Building a Pause Menu');
});

test("an article's first section heading is no title when the post's own heading stands above it", () => {
  const url = 'https://blog.example/posts/building-my-blog-on-windows/';
  const sections = detectSeries(
    parse(
      `<title>Building My Blog on Windows - Blog</title><main><article>
      <header><h1 class="post-title">Building My Blog on Windows</h1></header>
      <div class="post-content"><h2>Part One: Creating a container</h2><p>On Linux, I build my blog in a container.</p>
      <h2>Part Two: Setting up the editor</h2><p>Then the editor.</p></div></article></main>`,
      url,
    ),
    url,
  );
  expect(sections).toBeNull();
  // Above the article, the site's name linking home is no post's title.
  const episode = 'https://radio.example/episodes/5';
  const podcast = detectSeries(
    parse(
      `<title>Full Stack Radio</title><header><h1><a href="/">Full Stack Radio</a></h1></header>
      <main><div class="entry-content"><h2><a href="/episodes/5">Episode 5: Jobs-to-be-Done</a></h2>
      <p>We talk about product design.</p></div></main>`,
      episode,
    ),
    episode,
  );
  expect(podcast?.part).toBe(5);
});

describe('other parts named in the ways writers link them', () => {
  const detect = (url: string, title: string, body: string, around = '') =>
    detectSeries(
      parse(`<title>${title}</title><article><h1>${title}</h1>${body}</article>${around}`, url),
      url,
    );

  test('"Read Part 1 here" and "siehe Teil1" in the text', () => {
    const read = detect(
      'https://zane.example/p/write-slow-think-deep-part-2',
      'Write Slow, Think Deep Part 2',
      '<p>Last week I wrote about slowness. <a href="/p/write-slow-think-deep-part-1">Read Part 1 here</a>.</p>',
    );
    expect(read?.siblings.map((s) => [s.part, s.url])).toEqual([
      [1, 'https://zane.example/p/write-slow-think-deep-part-1'],
    ]);
    const german = detect(
      'https://blog.example/2010/08/netzneutralitaet-3/',
      'Netzneutralität',
      '<p>Dieser Beitrag ist Teil einer Serie über Netzneutralität (siehe auch <a href="/2010/08/vokabeln/">Teil1</a>).</p>',
    );
    expect(german?.siblings.map((s) => s.part)).toEqual([1]);
  });

  test('parts with names of their own and the same count: "(2 of 4)" beside "(3 of 4)"', () => {
    const pager = (other: string) =>
      detect(
        'https://hac.example/posts/sweet-nougats/',
        'Sweet Sweet Nougats (3 of 4)',
        '<p>Text.</p>',
        `<nav class="post-navigation">${other}</nav>`,
      );
    const found = pager(
      '<a href="/posts/pixel-conclusion/">← Pixel Conclusion (4 of 4)</a><a href="/posts/pixels-review/">Pixels Everywhere! Hardware Review (2 of 4) →</a>',
    );
    expect(found?.siblings.map((s) => s.part)).toEqual([4, 2]);
    // Another count, or a two-part piece next door, is another series.
    expect(pager('<a href="/posts/cat/">← My Cat (2 of 5)</a>')?.siblings).toEqual([]);
  });

  test('a tag, category, series or archive page is no part, whatever its link says', () => {
    const page = detect(
      'https://drummer.example/posts/jekyll-part-13/',
      'Jekyll Part 13: Creating an Article Series',
      '<p>Text.</p>',
      `<aside class="widget">
        <a href="/categories/jekyll">Jekyll (16)</a>
        <a href="/tags/jekyll-part-12/">Jekyll Part 12</a>
        <a href="/series/jekyll/">Jekyll</a>
        <a href="/series/jekyll/part-14/">Jekyll Part 14: Deploying</a>
      </aside>`,
    );
    expect(page?.siblings.map((s) => [s.part, s.url])).toEqual([
      [14, 'https://drummer.example/series/jekyll/part-14'],
    ]);
  });

  test("the parts a series' introduction links in its text", () => {
    const intro = detect(
      'https://raibaz.example/2019/10/jwt-angular-spring/',
      'Autenticazione via token JWT con Angular e Spring Boot',
      `<p>Ho deciso di dividere il post in una serie di puntate:</p>
      <p><a href="/2019/10/jwt-parte-1/">Parte 1 – Google login con Angular</a>, then
      <a href="https://github.com/pkmital/CADL/tree/master/session-3">session 3</a> of a course.</p>`,
    );
    expect(intro?.siblings.map((s) => [s.part, s.title])).toEqual([
      [1, 'Parte 1 – Google login con Angular'],
    ]);
  });
});

test('"Week 3 notes" on two sites, with no author, are two series', () => {
  const key = (url: string) =>
    detectSeries(
      parse('<title>Week 3 notes</title><article><h1>Week 3 notes</h1><p>Text.</p></article>', url),
      url,
    )?.seriesKey;
  expect(key('https://team-a.example/week-3/')).toBeDefined();
  expect(key('https://team-a.example/week-3/')).not.toBe(key('https://team-b.example/week-3/'));
});

test('the evidence quotes where the number stands: at the end, or before a subtitle', () => {
  const why = (title: string) => {
    const url = 'https://cloud.example/journey-3/';
    return detectSeries(parse(`<title>${title}</title><article><p>Text.</p></article>`, url), url)
      ?.evidence[0];
  };
  expect(why('Journey to the Cloud - 3')).toBe('title ends with "- 3"');
  expect(why('Journey to the Cloud - 3 - Moving email')).toBe(
    'title has "Journey to the Cloud" then "- 3"',
  );
});

describe('series boxes as themes render them', () => {
  test('"Part N: <a>…</a>" items, the current one linked to itself', () => {
    const url = 'https://tales.example/ai/kilo-code-series-02-install/';
    const item = (n: number, slug: string) =>
      `<li>Part ${n}: <a href="../../ai/kilo-code-series-0${n}-${slug}/"><strong>Title ${n}</strong></a> - what it covers</li>`;
    const found = detectSeries(
      parse(
        `<title>Kilo Code: Installation and Setup Guide</title><article><div class="post__content">
        <p>Now it is time to get your hands dirty.</p>
        <div class="series-overview"><h3>Kilo Code Deep Dive Series</h3><ul>
        ${item(1, 'intro')}${item(2, 'install')}${item(3, 'qwen')}</ul></div></div></article>`,
        url,
      ),
      url,
    );
    expect(found?.part).toBe(2);
    expect(found?.siblings.map((s) => s.part)).toEqual([1, 3]);
  });

  test('a list that opens a box named for the series, under a line or a summary that says so', () => {
    const url = 'https://ravi.example/blog/container-images-fundamentals/';
    const numbered = detectSeries(
      parse(
        `<title>Understanding container images - The fundamentals</title><article>
        <aside><button>Series: Container images</button><p>Part of a 3-part series</p>
        <nav id="series-content"><ol>
          <li><span>1</span><div><span>Understanding container images - The fundamentals <span>You are here</span></span></div></li>
          <li><span>2</span><div><a href="/blog/oci-image-specification/">OCI image specification</a></div></li>
          <li><span>3</span><div><a href="/blog/publish-container-images/">Publish container images</a></div></li>
        </ol></nav></aside><p>Text.</p></article>`,
        url,
      ),
      url,
    );
    expect(numbered?.part).toBe(1);
    expect(numbered?.siblings.map((s) => s.part)).toEqual([2, 3]);

    const chinese = 'https://yuchia.example/2022/04/k8s-part-2/';
    const listed = detectSeries(
      parse(
        `<title>Kubernetes 安裝筆記 part.2 : 叢集初始化</title><article>
        <div class="details series-nav"><div class="details-summary series-title"><span>系列 - kubernetes 安裝筆記</span></div>
        <div class="details-content series-content"><nav><ul>
          <li><a href="/2022/04/k8s-part-1/">Kubernetes 安裝筆記 part.1 : 環境準備</a></li>
          <li><a href="/2022/06/k8s-1-24/">Kubernetes 1.24 版本環境設定重點</a></li>
          <li><span class="active">Kubernetes 安裝筆記 part.2 : 叢集初始化</span></li>
        </ul></nav></div></div><p>使用 Kubeadm 初始化。</p></article>`,
        chinese,
      ),
      chinese,
    );
    expect(listed?.part).toBe(2);
    expect(listed?.siblings.map((s) => s.url)).toEqual([
      'https://yuchia.example/2022/04/k8s-part-1',
      'https://yuchia.example/2022/06/k8s-1-24',
    ]);
    // The same list under a table of contents is a menu, not a series.
    const menu = detectSeries(
      parse(
        `<title>Cluster notes</title><article><div class="toc"><div class="toc-title">目錄</div>
        <div class="toc-content"><nav><ul><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li><li><span class="active">Cluster notes</span></li></ul></nav></div></div>
        <p>Text.</p></article>`,
        chinese,
      ),
      chinese,
    );
    expect(menu).toBeNull();
  });
});

test("a dated note's siblings are the notes its site files beside it, never someone else's", () => {
  const url = 'https://antony.example/weeknotes/13-06-2026/';
  const note = detectSeries(
    parse(
      `<title>Trust - 8 to 12 June - Antony</title><article><h1>Trust - 8 to 12 June</h1>
      <p>Back to a full week.</p></article>
      <nav><a href="/weeknotes/">Weeknotes</a><a href="/weeknotes/06-06-2026">tending the garden</a>
      <a href="https://dan.example/weeknotes/2026-06-12/">Dan's week</a></nav>`,
      url,
    ),
    url,
  );
  expect(note?.seriesTitle).toBe('Weeknotes');
  expect(note?.siblings.map((s) => s.url)).toEqual(['https://antony.example/weeknotes/06-06-2026']);
});
