import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, ImportInput, ImportOutcome } from '../data/import/types';
import { rememberMapping } from '../data/columnMappings';
import { loadedFrom, type LoadedDataset } from '../data/openedDataset';
import { inputName, keepFile, reopenFile, type RecentFile } from '../data/recentFiles';
import { sourceKey, type DataSource } from '../data/source';
import { RECENT_QUERY } from './useRecent';

type NeedsMapping = Extract<ImportOutcome, { kind: 'needs-mapping' }>;

/** Where an import stands: reading (with rows read), asking for the columns, or failed with its message. */
export type JobState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; rows: number; bytes: number; totalBytes: number | null }
  | { step: 'mapping'; name: string; outcome: NeedsMapping }
  | { step: 'failed'; name: string; message: string; details: string[] };

/** How often the progress bar moves, at most: a worker may report every few rows. */
const PROGRESS_MS = 100;

interface Pending {
  input: ImportInput;
  name: string;
  /** Set when the file is already kept (opened from Recent datasets). */
  recent?: RecentFile;
}

/**
 * One import at a time, from a file, a folder, a URL or a kept file: progress, Cancel, the mapping step
 * for an unknown CSV, and a message when it fails. Only a dataset that opened replaces the one on screen.
 */
export function useImportJob(onOpened: (source: DataSource, loaded: LoadedDataset) => void) {
  const [state, setState] = useState<JobState>({ step: 'idle' });
  const client = useQueryClient();
  const abort = useRef<AbortController | null>(null);
  const pending = useRef<Pending | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const finish = useCallback(
    async (job: Pending, outcome: ImportOutcome, mapping: ColumnMapping | undefined) => {
      // For the benchmark: import done, then file kept, then (DatasetGate) data ready and the first paint.
      performance.mark('envoy:import-done');
      if (outcome.kind === 'cancelled') return setState({ step: 'idle' });
      if (outcome.kind === 'needs-mapping') return setState({ step: 'mapping', name: job.name, outcome });
      if (outcome.kind === 'error')
        return setState({ step: 'failed', name: job.name, message: outcome.message, details: outcome.details ?? [] });
      const { input } = job;
      let source: DataSource;
      let local = false;
      const warnings = [...outcome.warnings];
      if (input.kind === 'url') {
        source = { kind: 'url', url: input.url };
      } else {
        local = true;
        try {
          const kept =
            job.recent ?? (await keepFile(input, { format: outcome.format, events: outcome.index.count, mapping }));
          source = { kind: 'local', id: kept.id };
        } catch {
          source = { kind: 'local', id: `unkept-${Date.now().toString(36)}` };
          warnings.push(
            'This browser would not keep the file (private browsing, or no room left), so a reload will not reopen it.',
          );
        }
        performance.mark('envoy:file-kept');
        void client.invalidateQueries({ queryKey: RECENT_QUERY });
      }
      const loaded = loadedFrom(
        { ...outcome, warnings },
        { name: job.name, key: sourceKey(source), base: input.kind === 'url' ? input.url : null, local },
      );
      setState({ step: 'idle' });
      onOpened(source, loaded);
    },
    [client, onOpened],
  );

  const run = useCallback(
    async (job: Pending, mapping?: ColumnMapping) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      pending.current = job;
      setState({ step: 'reading', name: job.name, rows: 0, bytes: 0, totalBytes: null });
      let last = 0;
      const onProgress = (p: { rows: number; bytes: number; totalBytes: number | null }) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS || controller.signal.aborted) return;
        last = now;
        setState({ step: 'reading', name: job.name, ...p });
      };
      let outcome: ImportOutcome;
      try {
        const opts = { signal: controller.signal, onProgress, mapping: mapping ?? job.recent?.mapping };
        // The importers (and their worker) load when someone first opens their own data, not with the page.
        const { importWithMemory } = await import('../data/loadOpened');
        outcome = await importWithMemory(job.input, opts);
      } catch (e) {
        outcome = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
      }
      // A newer import, or Cancel, replaced this one.
      if (abort.current !== controller) return;
      abort.current = null;
      if (controller.signal.aborted) return setState({ step: 'idle' });
      await finish(job, outcome, mapping);
    },
    [finish],
  );

  /** Imports what the user picked, dropped or typed. */
  const start = useCallback((input: ImportInput) => void run({ input, name: inputName(input) }), [run]);

  /** Reopens a file from Recent datasets. */
  const startRecent = useCallback(
    async (recent: RecentFile) => {
      const kept = await reopenFile(recent.id).catch(() => null);
      if (!kept) {
        setState({
          step: 'failed',
          name: recent.name,
          message: 'This file is no longer kept in this browser; open it again from your computer.',
          details: [],
        });
        return;
      }
      void run({ input: kept.input, name: recent.name, recent: kept.recent });
    },
    [run],
  );

  /** The user's answer in the mapping step: remembered for the next file with the same header, then imported. */
  const applyMapping = useCallback(
    (mapping: ColumnMapping) => {
      const job = pending.current;
      if (!job || state.step !== 'mapping') return;
      rememberMapping(state.outcome.header, mapping, (state.outcome as { headerKey?: string }).headerKey);
      void run({ ...job, recent: undefined }, mapping);
    },
    [run, state],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    setState({ step: 'idle' });
  }, []);

  return { state, start, startRecent, applyMapping, cancel };
}

export type ImportJob = ReturnType<typeof useImportJob>;
