import { DEFAULT_VIEW } from '../../src/state/viewState';
import { appBase, currentLink, eventHref, eventPageHref, eventPagesHere, isJustEvent } from '../../src/url/link';

const at = (pathname: string, search = '') => ({ origin: 'https://example.org', pathname, search, hash: '' });

test.each([
  ['/envoy/', 'https://example.org/envoy/'],
  ['/envoy/index.html', 'https://example.org/envoy/'],
  ['/', 'https://example.org/'],
])('appBase of %s', (path, want) => expect(appBase(at(path))).toBe(want));

test('an event page sits under the app folder', () => {
  expect(eventPageHref('2020-02-29-doha', at('/envoy/'))).toBe('https://example.org/envoy/e/2020-02-29-doha/');
});

test.each([
  [{ event: 'x' }, true],
  [{ event: null }, false],
  [{ event: 'x', actors: ['taliban'] }, false],
  [{ event: 'x', window: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] as [number, number] }, false],
  [{ event: 'x', lanes: 'actor' as const }, false],
  [{ event: 'x', mode: 'list' as const }, false],
  [{ event: 'x', search: 'ceasefire' }, false],
])('isJustEvent(%j) is %s', (over, want) => expect(isJustEvent({ ...DEFAULT_VIEW, ...over })).toBe(want));

describe('which links use the event page', () => {
  test.each([
    ['a built app', at('/envoy/'), true, true],
    ['the dev server', at('/envoy/'), false, false],
    ['generated data (no pages are built for it)', at('/envoy/', '?synthetic=1000'), true, false],
    ['a dataset opened from an address', at('/envoy/', '?data=https%3A%2F%2Fx.org%2Fd.json'), true, false],
    ['a file kept in this browser', at('/envoy/', '?local=abc'), true, false],
  ])('%s', (_n, loc, built, want) => expect(eventPagesHere(loc, built)).toBe(want));

  test('Link to this event: the page where there is one, else the ?event= view keeping reserved keys', () => {
    expect(eventHref('x', at('/envoy/'), true)).toBe('https://example.org/envoy/e/x/');
    expect(eventHref('x', at('/envoy/', '?synthetic=1000'), false)).toBe(
      'https://example.org/envoy/?synthetic=1000&event=x',
    );
  });

  test('Copy link: the page for a lone event, the query for anything more', () => {
    expect(currentLink({ ...DEFAULT_VIEW, event: 'x' }, at('/envoy/'), true)).toBe('https://example.org/envoy/e/x/');
    expect(currentLink({ ...DEFAULT_VIEW, event: 'x', themes: ['talks'] }, at('/envoy/'), true)).toBe(
      'https://example.org/envoy/?event=x&themes=talks',
    );
    expect(currentLink({ ...DEFAULT_VIEW, event: 'x' }, at('/envoy/'), false)).toBe(
      'https://example.org/envoy/?event=x',
    );
  });
});
