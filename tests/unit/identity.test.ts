import { describe, expect, test } from 'vitest';
import { canonicalUrl, pageUrl } from '../../src/core/identity/canonical-url';
import { seriesKey } from '../../src/core/identity/series-key';

describe('canonicalUrl', () => {
  test.each([
    [
      'https://khub.net/web/x/-/blogs/journey-2/#comments',
      'https://khub.net/web/x/-/blogs/journey-2',
    ],
    ['https://example.org/p?utm_source=mail&utm_medium=x&id=4', 'https://example.org/p?id=4'],
    ['https://www.linkedin.com/pulse/x/?trackingId=abc', 'https://www.linkedin.com/pulse/x'],
    [
      'https://khub.net/group/x/blog?p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet&p_p_lifecycle=0&_com_liferay_blogs_web_portlet_BlogsPortlet_entryId=123',
      'https://khub.net/group/x/blog?_com_liferay_blogs_web_portlet_BlogsPortlet_entryId=123',
    ],
    ['https://example.org/', 'https://example.org/'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'not a url'])(
    '%s is not a page',
    (raw) => {
      expect(canonicalUrl(raw)).toBeNull();
    },
  );
});

describe('pageUrl', () => {
  test('takes a same-site rel=canonical', () => {
    expect(pageUrl('https://blog.example.org/p?ref=x', 'https://blog.example.org/posts/p/')).toBe(
      'https://blog.example.org/posts/p',
    );
  });
  test('ignores a canonical that claims another site', () => {
    expect(pageUrl('https://blog.example.org/p', 'https://elsewhere.example/p')).toBe(
      'https://blog.example.org/p',
    );
  });
});

describe('seriesKey', () => {
  test('the same series on two platforms gets one key, whatever the punctuation and case', () => {
    expect(seriesKey('Journey to the Cloud', 'Sam Okafor')).toBe(
      seriesKey('journey  to the CLOUD!', 'sam okafor'),
    );
  });
  test('two authors with one series name are two series', () => {
    expect(seriesKey('Weeknotes', 'Sam Okafor')).not.toBe(seriesKey('Weeknotes', 'Jo Bloggs'));
  });
});

test('a title that hides its text behind direction overrides keys and shows as what it holds', async () => {
  const { cleanTitle } = await import('../../src/core/detect/title');
  const { PageText } = await import('../../src/messaging/schemas');
  const v = await import('valibot');
  const spoof = '\u202Ed- duolC eht ot yenruoJ';
  expect(cleanTitle(spoof)).toBe('d- duolC eht ot yenruoJ');
  expect(v.parse(PageText, `\u2067${spoof}\u2069`)).toBe('d- duolC eht ot yenruoJ');
  expect(seriesKey(cleanTitle('\u202EJourney to the Cloud'), null)).toBe(
    seriesKey('Journey to the Cloud', null),
  );
});
