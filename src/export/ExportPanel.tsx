import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportProps } from './ExportButton';
import { useQueryClient } from '@tanstack/react-query';
import { useIndex } from '../data/DatasetContext';
import { articleTextQuery } from '../data/queries';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import {
  selectActorMode,
  selectActors,
  selectSearch,
  selectThemeMode,
  selectThemes,
  selectWindow,
} from '../state/selectors';
import { articleItem, viewItem } from '../data/cite/cslItem';
import { msToDay } from '../lib/days';
import { appBase, currentLink } from '../url/link';
import { RESERVED_KEYS } from '../url/params';
import { useEventPages } from '../url/useEventPages';
import { selectInWindow, articlesBehind } from './core/selection';
import { exportFilename } from './core/filename';
import { filterWords, imageCaption, viewTitle, windowWords } from './core/caption';
import type { CsvJob } from './core/csvJob';
import { saveBlob } from '../lib/saveBlob';
import { runCsvJob, type RunningJob } from './runCsvJob';
import { exportDataset } from './exportDataset';
import { formatCount } from '../lib/formatCount';

type Busy = { what: string; done: number; total: number; job?: RunningJob } | null;

/** Above this many marks in view, the image is offered as PNG only: an SVG would be huge and slow to open. */
const SVG_MARK_LIMIT = 5000;

/** The Export dialog's content: the events of the current view as CSV, JSON or a zip, the timeline as PNG or SVG, and how to cite it. */
export function ExportPanel({
  image,
  renderCitations,
  setCancel,
}: ExportProps & { setCancel(cancel: (() => void) | null): void }) {
  const index = useIndex();
  const store = useEnvoyStore();
  const queries = useQueryClient();
  const pages = useEventPages();
  const filtered = useFilteredEvents();
  const actors = useEnvoy(selectActors);
  const actorMode = useEnvoy(selectActorMode);
  const themes = useEnvoy(selectThemes);
  const themeMode = useEnvoy(selectThemeMode);
  const search = useEnvoy(selectSearch);
  const storeWindow = useEnvoy(selectWindow);
  const [allDates, setAllDates] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const isOpen = true;
  const titleId = useId();

  const shownWindow = storeWindow ?? index.home;
  const scope = allDates ? null : shownWindow;
  // Counted only while the dialog is open: no work for a closed dialog on every filter change.
  const inWindow = useMemo(
    () => (isOpen ? selectInWindow(index, filtered, shownWindow) : null),
    [isOpen, index, filtered, shownWindow],
  );
  const chosen = allDates ? filtered : inWindow;
  const view = { actors, actorMode, themes, themeMode, search };
  const name = (ext: string) => exportFilename({ datasetId: index.id, actors, themes, search, window: scope, ext });

  // Escape cancels a running export before it closes the dialog.
  useEffect(() => setCancel(busy?.job ? () => busy.job?.cancel() : null), [busy, setCancel]);
  // Closing the dialog stops a CSV still being written: nothing is saved after the dialog is gone.
  const running = useRef<RunningJob | null>(null);
  useEffect(() => {
    running.current = busy?.job ?? null;
  }, [busy]);
  useEffect(() => () => running.current?.cancel(), []);
  const [marks, setMarks] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    image?.marks().then(
      (m) => live && setMarks(m),
      () => live && setMarks(null),
    );
    return () => {
      live = false;
    };
  }, [image, filtered, storeWindow]);

  const done = useCallback((text: string) => {
    setBusy(null);
    setMessage({ tone: 'ok', text });
  }, []);
  const failed = useCallback((what: string, err: unknown) => {
    setBusy(null);
    if (err instanceof DOMException && err.name === 'AbortError')
      setMessage({ tone: 'ok', text: `${what} cancelled; nothing was saved.` });
    else
      setMessage({
        tone: 'error',
        text: `${what} failed: ${err instanceof Error ? err.message : String(err)}. Nothing was saved; the view is unchanged.`,
      });
  }, []);

  const eventLink = (): Pick<CsvJob, 'linkPrefix' | 'linkSuffix'> => {
    if (pages) return { linkPrefix: `${appBase()}e/`, linkSuffix: '/' };
    // The keys that choose the data (synthetic, seed, data, local) stay, so the link opens the same dataset.
    const keep = new URLSearchParams(globalThis.location.search);
    const q = new URLSearchParams([...keep].filter(([k]) => (RESERVED_KEYS as readonly string[]).includes(k)));
    q.set('event', '');
    return { linkPrefix: `${appBase()}?${q.toString()}`, linkSuffix: '' };
  };

  const exportCsv = () => {
    if (!chosen) return;
    const source: CsvJob['source'] | null = index.raw
      ? { kind: 'dataset', raw: index.raw }
      : index.synthetic
        ? syntheticSource(globalThis.location.search, index.count)
        : null;
    if (!source) return setMessage({ tone: 'error', text: 'This dataset cannot be exported as CSV.' });
    const filename = name('csv');
    const job = runCsvJob({ source, positions: chosen, ...eventLink() }, (d, t) =>
      setBusy((b) => (b ? { ...b, done: d, total: t } : b)),
    );
    setMessage(null);
    setBusy({ what: 'Writing CSV', done: 0, total: chosen.length, job });
    job.result.then(
      (blob) => {
        saveBlob(blob, filename);
        done(`Saved ${filename} (${formatCount(chosen.length)} events).`);
      },
      (err) => failed('The CSV export', err),
    );
  };

  const exportJson = (zip: boolean) => {
    if (!chosen || !index.raw) return;
    const ext = zip ? 'zip' : 'json';
    const filename = name(ext);
    setMessage(null);
    setBusy({ what: zip ? 'Packing the zip' : 'Writing JSON', done: 0, total: 1 });
    const what = viewTitle(index, view, scope);
    exportDataset(index, chosen, {
      zip,
      articleText: (file) => queries.fetchQuery(articleTextQuery(index.id, file)),
      title: `${index.title}: ${what.replace(/^Events/, 'events')}`,
      description: `Exported from Envoy on ${msToDay(Date.now())}: ${what}. From the dataset “${index.title}” (version ${index.raw.version}).`,
    }).then(
      ({ blob, added, missing }) => {
        saveBlob(blob, filename);
        const more =
          added > 0 ? `, with ${added} more ${added === 1 ? 'event' : 'events'} that dates are counted from` : '';
        const gaps =
          missing.length > 0
            ? ` ${missing.length} article ${missing.length === 1 ? 'text was' : 'texts were'} not available and ${missing.length === 1 ? 'is' : 'are'} not in it: ${missing.join(', ')}.`
            : '';
        done(`Saved ${filename}${more}.${gaps}`);
      },
      (err) => failed(zip ? 'The zip export' : 'The JSON export', err),
    );
  };

  const caption = () =>
    imageCaption({
      datasetTitle: index.title,
      filters: filterWords(index, view),
      window: shownWindow,
      exported: msToDay(Date.now()),
      link: currentLink(store.getState(), globalThis.location, pages),
      count: inWindow?.length ?? 0,
    });

  const exportImage = (kind: 'png' | 'svg') => {
    if (!image) return;
    const filename = exportFilename({ datasetId: index.id, actors, themes, search, window: shownWindow, ext: kind });
    setMessage(null);
    setBusy({ what: 'Drawing the image', done: 0, total: 1 });
    const blob =
      kind === 'png'
        ? image.png(caption())
        : image.svg(caption()).then((text) => new Blob([text], { type: 'image/svg+xml' }));
    blob.then(
      (b) => {
        saveBlob(b, filename);
        done(`Saved ${filename}.`);
      },
      (err) => failed('The image export', err),
    );
  };

  const citeItems = useMemo(() => {
    if (!isOpen || !chosen) return [];
    const articles = articlesBehind(index, chosen).flatMap((id) => {
      const a = index.articles[index.articleIndex.get(id) ?? -1];
      return a ? [articleItem(a)] : [];
    });
    const self = viewItem({
      title: `Envoy: ${viewTitle(index, view, scope)}`,
      datasetId: index.id,
      datasetTitle: index.title,
      version: index.raw?.version ?? index.id,
      url: currentLink(store.getState(), globalThis.location, pages),
      accessed: msToDay(Date.now()),
    });
    return [self, ...articles];
    // view's fields are listed one by one: the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen, chosen, index, actors, actorMode, themes, themeMode, search, scope, store, pages]);

  const count = chosen?.length ?? 0;
  const disabled = busy !== null || count === 0;
  return (
    <>
      <p className="export-dialog__what">
        {filterWords(index, view) ? `Events ${filterWords(index, view)}.` : 'Every event (no filters).'}
      </p>
      <fieldset className="export-dialog__scope" disabled={busy !== null}>
        <legend>Dates</legend>
        <label>
          <input type="radio" name={`${titleId}-scope`} checked={!allDates} onChange={() => setAllDates(false)} />
          In the window shown, {windowWords(shownWindow)}: {formatCount(inWindow?.length ?? 0)} events
        </label>
        <label>
          <input type="radio" name={`${titleId}-scope`} checked={allDates} onChange={() => setAllDates(true)} />
          All dates: {formatCount(filtered.length)} events
        </label>
      </fieldset>
      <section className="export-dialog__section" aria-labelledby={`${titleId}-data`}>
        <h3 id={`${titleId}-data`}>Data</h3>
        <div className="export-dialog__row">
          <button type="button" disabled={disabled} onClick={exportCsv}>
            Download CSV
          </button>
          <span>
            ACLED’s 31 columns, then Envoy’s own (envoy_…); UTF-8, opens in Excel. <code>{name('csv')}</code>
          </span>
        </div>
        <div className="export-dialog__row">
          <button type="button" disabled={disabled || !index.raw} onClick={() => exportJson(false)}>
            Download JSON
          </button>
          <span>
            An Envoy dataset of these events with their actors, themes and articles. <code>{name('json')}</code>
          </span>
        </div>
        <div className="export-dialog__row">
          <button type="button" disabled={disabled || !index.raw} onClick={() => exportJson(true)}>
            Download .zip with articles
          </button>
          <span>
            The same dataset.json with the article texts, so it opens with the same quotes. <code>{name('zip')}</code>
          </span>
        </div>
        {!index.raw ? (
          <p className="export-dialog__note">Generated data has no articles, so it has no JSON or zip export.</p>
        ) : null}
      </section>
      <section className="export-dialog__section" aria-labelledby={`${titleId}-image`}>
        <h3 id={`${titleId}-image`}>Image of the timeline as drawn now</h3>
        <div className="export-dialog__row">
          <button type="button" disabled={!image || busy !== null} onClick={() => exportImage('png')}>
            Download PNG
          </button>
          <span>At twice screen resolution, with the axis, legend and a caption.</span>
        </div>
        <div className="export-dialog__row">
          <button
            type="button"
            disabled={!image || busy !== null || (marks ?? 0) > SVG_MARK_LIMIT}
            onClick={() => exportImage('svg')}
          >
            Download SVG
          </button>
          <span>
            {marks !== null && marks > SVG_MARK_LIMIT
              ? `The view holds ${formatCount(marks)} marks, too many for an SVG (up to ${formatCount(SVG_MARK_LIMIT)}): zoom in or filter, or take the PNG.`
              : 'Styles written on each element, so it opens the same in Inkscape or Illustrator.'}
          </span>
        </div>
      </section>
      <div className="export-dialog__status" role="status" aria-live="polite">
        {busy ? (
          <>
            <label>
              {busy.what}
              {busy.total > 1 ? `: ${formatCount(busy.done)} of ${formatCount(busy.total)} events` : '…'}
              <progress max={busy.total} value={busy.total > 1 ? busy.done : undefined} />
            </label>
            {busy.job ? (
              <button type="button" onClick={() => busy.job?.cancel()}>
                Cancel
              </button>
            ) : null}
          </>
        ) : message ? (
          <span className={message.tone === 'error' ? 'export-dialog__error' : undefined}>{message.text}</span>
        ) : null}
      </div>
      {renderCitations ? (
        <details className="export-dialog__cite">
          <summary>Cite this view</summary>
          <p className="export-dialog__note">
            {citeItems.length > 1
              ? `The view itself, then ${citeItems.length === 2 ? 'the one article' : `all ${citeItems.length - 1} articles`} behind its ${formatCount(count)} events.`
              : `The view itself: the dataset holds none of the articles behind its ${formatCount(count)} events.`}
          </p>
          {renderCitations(citeItems, 'Citations of this view')}
        </details>
      ) : null}
    </>
  );
}

/** The generated data's size and seed, read as the loader reads them. */
function syntheticSource(search: string, count: number): CsvJob['source'] {
  const seed = Number(new URLSearchParams(search).get('seed') ?? 1);
  return { kind: 'synthetic', count, seed: Number.isFinite(seed) ? seed : 1 };
}
