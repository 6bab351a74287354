/** The reviewed dataset.json: the loaded dataset with this browser's decisions applied, checked as the app checks. */
import { applyReview, type ApplyReport } from '../authoring/review';
import { parseDatasetRecord } from '../data/loadDataset';
import { DatasetError } from '../data/DatasetError';
import type { DatasetT } from '../data/schema';
import type { Decisions } from './reviewDecisions';

export type Reviewed = { ok: true; json: string; report: ApplyReport } | { ok: false; problems: string[] };

export function reviewedDataset(raw: DatasetT, decisions: Decisions): Reviewed {
  const rows = Object.entries(decisions).map(([id, d]) => ({
    id,
    decision: d.decision,
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.earliest !== undefined ? { earliest: d.earliest } : {}),
    ...(d.latest !== undefined ? { latest: d.latest } : {}),
    ...(d.actors !== undefined ? { actors: d.actors.join('; ') } : {}),
  }));
  const { dataset, report } = applyReview(raw, rows);
  if (report.problems.length > 0) return { ok: false, problems: report.problems };
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  try {
    parseDatasetRecord(json);
  } catch (e) {
    if (e instanceof DatasetError)
      return {
        ok: false,
        problems: e.problems.map((p) => `${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`),
      };
    throw e;
  }
  return { ok: true, json, report };
}
