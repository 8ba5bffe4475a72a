/**
 * The demo community's blog: a five-part series, an unrelated post by someone else between
 * parts 1 and 2 (so "More Blog Entries", which goes by date, is not a series list), and an
 * older post. All text was written for this demo.
 */
export interface Post {
  slug: string;
  title: string;
  author: string;
  role: string;
  published: string;
  body: string[];
  /** Where the same post was cross-posted on LinkedIn, if it was. */
  linkedinSlug?: string;
  /** Only signed-in members of the group may read it. */
  membersOnly?: boolean;
}

const SERIES_AUTHOR = 'Sam Okafor';
const SERIES_ROLE = 'Head of Digital, Harbour Borough Council';

const SERIES_LENGTH = 5;

/** The one picture in the series (part 1), served by the demo's Knowledge Hub. */
export const ROADMAP_IMAGE = '/documents/d/digital-leaders/cloud-roadmap.png';

// The author went back and added the full list to every part once the series was complete.
function seriesList(n: number): string {
  const links = Array.from({ length: SERIES_LENGTH }, (_, i) => i + 1)
    .filter((i) => i !== n)
    .map(
      (i) =>
        `<a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-${i}">Journey to the Cloud - ${i}</a>`,
    );
  return `<em>The whole series:</em> ${links.join(', ')}.`;
}

function part(
  n: number,
  date: string,
  subtitle: string,
  body: string[],
  linkedinSlug?: string,
): Post {
  return {
    slug: `journey-to-the-cloud-${n}`,
    title: `Journey to the Cloud - ${n}`,
    author: SERIES_AUTHOR,
    role: SERIES_ROLE,
    published: date,
    body: [`<strong>${subtitle}.</strong> ${body[0] ?? ''}`, ...body.slice(1), seriesList(n)],
    ...(linkedinSlug ? { linkedinSlug } : {}),
  };
}

// Knowledge Hub groups can keep a post to their members: part 4 asks a visitor to sign in.
function membersOnly(post: Post): Post {
  return { ...post, membersOnly: true };
}

export const posts: Post[] = [
  {
    slug: 'what-our-residents-told-us-about-online-forms',
    title: 'What our residents told us about online forms',
    author: 'Priya Natarajan',
    role: 'User Researcher, Eastmoor District Council',
    published: '2023-11-20',
    body: [
      'Over six weeks we sat with forty residents while they applied for a parking permit, reported a missed bin and asked for a council tax discount. Most of them got there in the end, but the routes they took were rarely the ones we had designed.',
      'The biggest surprise was how many people started on a search engine rather than our home page, and landed halfway through a journey with no idea what came before. We now treat every page as a possible front door.',
      'We also learned that "save and come back later" matters far more than we had assumed. People fill in forms on a phone at the bus stop and finish them at home, and a form that forgets them loses them.',
      'Our next step is to rewrite the three worst forms with residents in the room, and to publish what changes in the numbers.',
    ],
  },
  part(1, '2024-01-15', 'Why we decided to move', [
    'Harbour Borough Council has run its own data centre in the basement of the civic offices since 2004. The chillers are older than some of our apprentices, the lease on the building ends in 2027, and every winter we hold our breath when the power flickers.',
    'In this series I want to share, honestly, how we are moving our services to the cloud: what we planned, what went wrong, and what we would do differently. Peers asked for the detail rather than the glossy case study, so that is what you will get.',
    'We started with a simple question for the leadership team: what are we actually buying when we keep our own servers? The answer was resilience we did not have, skills we struggled to keep, and a capital bill arriving every five years whether we liked it or not.',
    'We did not start with a technology decision. We started by listing every service residents depend on and asking which ones would hurt most if they were down for a day. That list became the spine of the whole programme.',
    `<img src="${ROADMAP_IMAGE}" alt="Our cloud roadmap, 2024 to 2027" width="128" height="128">`,
    'The business case went to cabinet in December. It was approved, with one condition that shaped everything afterwards: no service may get worse for residents during the move.',
    'Next time: how we built an inventory of 212 applications, and why a third of them turned out not to exist any more.',
  ]),
  {
    slug: 'running-accessible-online-consultations',
    title: 'Running accessible online consultations',
    author: 'Morgan Lewis',
    role: 'Engagement Lead, Northfield County Council',
    published: '2024-02-02',
    body: [
      'When we moved our budget consultation online, responses doubled, but the people answering looked less like our residents than ever. This post is about what we changed so that the online version stopped leaving people out.',
      'Every question now has a plain-language version, tested with people who have learning disabilities. We publish an easy-read summary on the same day as the full document, not three weeks later.',
      'We kept paper and telephone routes, and we count them in the same dashboard as the online responses so that nobody forgets they exist.',
      'The most useful change cost nothing: we ask one question per page, which works far better with screen readers and on small phones.',
    ],
  },
  part(
    2,
    '2024-02-19',
    'Knowing what we have',
    [
      'Before you can move anything you have to know what you have. Our asset register listed 212 applications. After three months of interviews, network traffic analysis and a great deal of tea, we found 141 that were really in use.',
      'Some of the rest were duplicates, some were old versions kept "just in case", and a handful were servers nobody could log into but nobody dared switch off. We gave each of those a named owner and a date, then switched them off one at a time with the service desk warned.',
      'For each live application we recorded five things: who owns it, which residents it serves, where its data lives, what it talks to, and when its contract ends. The last column turned out to drive the order of the whole migration.',
      'We sorted everything into retire, replace with software as a service, move as it is, or rebuild. Roughly: 30 retire, 52 replace, 44 move, 15 rebuild. Those numbers moved a lot over the following year.',
      'If you do one thing from this post, make the inventory a living document owned by the service teams rather than by IT. Ours was out of date within a month until we did.',
      'If you missed it, start with <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-1">Journey to the Cloud - 1</a>. Next time: skills, and why we did not outsource them.',
    ],
    'journey-cloud-2-sam-okafor-8kq2c',
  ),
  part(
    3,
    '2024-03-25',
    'People before platforms',
    [
      'The hardest part of this journey has not been technical. Our infrastructure team had spent twenty years becoming very good at looking after physical servers, and we were asking them to do something different.',
      'We did not want to hand the new platform to a supplier and keep only a contract manager. So we paid for certification for everyone who wanted it, paired each engineer with a partner from a neighbouring council that was a year ahead of us, and gave people protected learning time every Friday morning.',
      'Two people decided the new work was not for them, and we helped them into roles elsewhere in the council. Everyone else is now doing work they describe as more interesting than before.',
      'We also changed how we hire. Job adverts now ask for curiosity and evidence of learning, not five years of a named product, and we have had more applicants than at any time in the last decade.',
      'Earlier parts: <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-1">Journey to the Cloud - 1</a> and <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-2">Journey to the Cloud - 2</a>.',
    ],
    'journey-cloud-3-sam-okafor-2hd7x',
  ),
  membersOnly(
    part(4, '2024-05-06', 'The first twenty moves', [
      'We moved the first twenty applications between March and May. We picked ones that were low risk but visible, so that staff could see progress without residents feeling any wobbles.',
      'The planning portal was the first big one. We rehearsed the cut-over three times in a test environment, wrote the roll-back plan before the go-live plan, and did it on a Sunday morning with the supplier on the call.',
      'It went well except for one thing: an overnight job that emailed planning officers their daily list ran on a server we had not realised was involved. Nobody got their list on Monday. We found it within the hour, and our inventory now has a column for scheduled jobs.',
      'Costs so far are close to the business case, slightly higher on storage and slightly lower on licences. I will publish the full figures at the end of the series.',
      'The series so far: <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-1">part 1</a>, <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-2">Journey to the Cloud - 2</a>, <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-3">Journey to the Cloud - 3</a>.',
    ]),
  ),
  part(5, '2024-06-17', 'What we would do differently', [
    'This is the last part for now. We have moved 96 of the 141 applications, switched off 30, and the basement is noticeably quieter.',
    'If we started again we would bring finance in earlier. Moving from buying servers every five years to paying every month changes how budgets work, and our finance colleagues deserved more than the six weeks of notice we gave them.',
    'We would also publish more as we went. Posting this series brought offers of help from councils we had never spoken to, and two of those conversations saved us months.',
    'Thank you to everyone who has commented, messaged or visited. The full cost figures and our migration runbook are attached to this post for anyone who wants to reuse them.',
    'The whole series: <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-1">Journey to the Cloud - 1</a>, <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-2">Journey to the Cloud - 2</a>, <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-3">Journey to the Cloud - 3</a>, <a href="/web/digital-leaders/-/blogs/journey-to-the-cloud-4">Journey to the Cloud - 4</a>.',
  ]),
];

/** Part `n` of the demo series. */
export function demoPart(n: number): Post {
  const post = posts.find((p) => p.title === `Journey to the Cloud - ${n}`);
  if (!post) throw new Error(`the demo series has no part ${n}`);
  return post;
}
