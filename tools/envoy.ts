/**
 * `npm run envoy -- <command>`: a thin command-line wrapper over the pure authoring core (src/authoring):
 * files, arguments and HTML parsing live here, everything else there.
 *
 *   draft <articles-folder> --out <dataset-folder> [--actors <dataset.json>] [--published <file>=<date>[..<date>] …] [--force]
 *   check <dataset-folder> [--json]
 *   apply <dataset-folder>
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { Dataset, type ActorT, type ThemeT } from '../src/data/schema';
import { draftDataset, type SourceArticle } from '../src/authoring/draft';
import { actorsCsv, applyReview, parseCsv, reviewCsv } from '../src/authoring/review';
import { checkDatasetText, formatProblem, type CheckResult } from '../src/authoring/check';
import { htmlToText } from './html';

const USAGE = `usage:
  npm run envoy -- draft <articles-folder> --out <dataset-folder> [--actors <dataset.json>] [--published <file>=<YYYY-MM-DD>[..<YYYY-MM-DD>] …] [--force]
  npm run envoy -- check <dataset-folder> [--json]
  npm run envoy -- apply <dataset-folder>`;

class UsageError extends Error {}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function readDatasetFolder(folder: string): { text: string; read: (file: string) => string | undefined } {
  const path = join(folder, 'dataset.json');
  if (!existsSync(path)) throw new UsageError(`${path} does not exist: give the folder that holds dataset.json`);
  return {
    text: readFileSync(path, 'utf8'),
    read: (file) => {
      const p = join(folder, 'articles', file);
      return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
    },
  };
}

export function check(folder: string): CheckResult {
  const { text, read } = readDatasetFolder(folder);
  return checkDatasetText(text, read);
}

function printCheck(r: CheckResult, json: boolean, out: (s: string) => void): number {
  if (json) out(JSON.stringify({ valid: r.valid, problems: r.problems }, null, 2));
  else if (r.valid)
    out(
      `valid: ${r.dataset!.articles.length} articles, ${r.dataset!.actors.length} actors, ${r.dataset!.events.length} events (${r.dataset!.events.filter((e) => e.status === 'candidate').length} candidates)`,
    );
  else for (const p of r.problems) out(formatProblem(p));
  return r.valid ? 0 : 1;
}

function parsePublished(values: string[]): Map<string, { earliest: string; latest: string }> {
  const out = new Map<string, { earliest: string; latest: string }>();
  for (const v of values) {
    const m = /^(.+)=(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(v);
    if (!m || (m[3] && m[3] < m[2]!))
      throw new UsageError(`--published ${v}: write <file>=YYYY-MM-DD or <file>=YYYY-MM-DD..YYYY-MM-DD`);
    out.set(m[1]!, { earliest: m[2]!, latest: m[3] ?? m[2]! });
  }
  return out;
}

export function draft(
  input: string,
  out: string,
  opts: { actors?: string; published: string[]; force: boolean; today?: string },
  log: (s: string) => void,
): number {
  if (!existsSync(input) || !statSync(input).isDirectory())
    throw new UsageError(`${input} is not a folder of articles`);
  if (existsSync(join(out, 'dataset.json')) && !opts.force)
    throw new UsageError(
      `${join(out, 'dataset.json')} already exists; nothing was written (a review there would be lost). Use --force to overwrite it.`,
    );
  const published = parsePublished(opts.published);
  let known: { actors: ActorT[]; themes: ThemeT[] } = { actors: [], themes: [] };
  if (opts.actors) {
    const parsed = Dataset.safeParse(JSON.parse(readFileSync(opts.actors, 'utf8')));
    if (!parsed.success)
      throw new UsageError(
        `--actors ${opts.actors}: not an Envoy dataset (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      );
    known = { actors: parsed.data.actors, themes: parsed.data.themes };
  }
  const files = readdirSync(input)
    .filter((f) => /\.(txt|md|html?)$/i.test(f))
    .sort();
  if (files.length === 0) throw new UsageError(`${input} holds no .txt, .md or .html files`);
  for (const f of published.keys())
    if (!files.includes(f)) throw new UsageError(`--published names ${f}, which is not in ${input}`);
  mkdirSync(join(out, 'articles'), { recursive: true });
  const sources: SourceArticle[] = [];
  const taken = new Set(files.filter((f) => /\.(txt|md)$/i.test(f)));
  for (const f of files) {
    const path = join(input, f);
    copyFileSync(path, join(out, 'articles', f));
    if (/\.html?$/i.test(f)) {
      const page = htmlToText(readFileSync(path, 'utf8'));
      let name = `${basename(f, extname(f))}.txt`;
      if (taken.has(name)) name = `${f}.txt`;
      taken.add(name);
      writeFileSync(join(out, 'articles', name), page.text);
      sources.push({ file: name, text: page.text, meta: page.meta, given: published.get(f) });
    } else {
      sources.push({ file: f, text: readFileSync(path, 'utf8'), given: published.get(f) });
    }
  }
  const d = draftDataset(sources, {
    today: opts.today ?? today(),
    actors: known.actors,
    themes: known.themes,
    id: slug(basename(resolve(out))),
    title: `Draft: ${basename(resolve(out))}`,
  });
  writeFileSync(join(out, 'dataset.json'), `${JSON.stringify(d.dataset, null, 2)}\n`);
  writeFileSync(join(out, 'review.csv'), reviewCsv(d.review));
  writeFileSync(join(out, 'actors.csv'), actorsCsv(d.suggestions));
  log(`drafted ${d.dataset.events.length} candidate events from ${sources.length} articles into ${out}`);
  for (const a of d.dataset.articles)
    log(
      `  ${a.file}: published ${a.published.earliest === a.published.latest ? a.published.earliest : `${a.published.earliest}..${a.published.latest}`} (${a.published.method}, ${a.published.confidence}), ${a.chrome.length} chrome runs`,
    );
  log(
    `  ${d.suggestions.length} suggested actors in actors.csv (${d.suggestions.filter((s) => s.variants.length > 0).length} with spelling variants to review)`,
  );
  log(
    `review: fill the decision column of ${join(out, 'review.csv')} (accept, reject, edit), then npm run envoy -- apply ${out}`,
  );
  const r = check(out);
  return printCheck(r, false, log);
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'draft'
  );
}

export function apply(folder: string, log: (s: string) => void): number {
  const { text } = readDatasetFolder(folder);
  const reviewPath = join(folder, 'review.csv');
  if (!existsSync(reviewPath)) throw new UsageError(`${reviewPath} does not exist: run draft first`);
  const first = checkDatasetText(text, () => '', 'dataset.json');
  const parsed = first.dataset ?? Dataset.parse(JSON.parse(text));
  const actorsPath = join(folder, 'actors.csv');
  const { dataset, report } = applyReview(
    parsed,
    parseCsv(readFileSync(reviewPath, 'utf8')),
    existsSync(actorsPath) ? parseCsv(readFileSync(actorsPath, 'utf8')) : [],
  );
  for (const p of report.problems) log(p);
  writeFileSync(join(folder, 'dataset.json'), `${JSON.stringify(dataset, null, 2)}\n`);
  log(
    `applied: ${report.accepted} accepted, ${report.edited} edited, ${report.rejected} rejected, ${report.pending} still candidates${report.actorsAdded.length ? `; actors added: ${report.actorsAdded.join(', ')}` : ''}`,
  );
  return printCheck(check(folder), false, log);
}

export function main(
  argv: string[],
  log: (s: string) => void = (s) => console.log(s),
  err: (s: string) => void = (s) => console.error(s),
): number {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags: Record<string, string[]> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (k === 'json' || k === 'force') (flags[k] ??= []).push('1');
      else if (v !== undefined) (flags[k] ??= []).push(v);
      else if (rest[i + 1] !== undefined) (flags[k] ??= []).push(rest[++i]!);
      else throw new UsageError(`--${k} needs a value`);
    } else positional.push(a);
  }
  try {
    if (command === 'draft') {
      if (positional.length !== 1 || !flags.out)
        throw new UsageError('draft needs <articles-folder> and --out <dataset-folder>');
      return draft(
        positional[0]!,
        flags.out[0]!,
        {
          actors: flags.actors?.[0],
          published: flags.published ?? [],
          force: Boolean(flags.force),
          today: flags.today?.[0],
        },
        log,
      );
    }
    if (command === 'check') {
      if (positional.length !== 1) throw new UsageError('check needs <dataset-folder>');
      return printCheck(check(positional[0]!), Boolean(flags.json), log);
    }
    if (command === 'apply') {
      if (positional.length !== 1) throw new UsageError('apply needs <dataset-folder>');
      return apply(positional[0]!, log);
    }
    throw new UsageError(command ? `unknown command “${command}”` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) {
      err(`envoy: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof SyntaxError) {
      err(`envoy: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

const isMain =
  process.argv[1] !== undefined &&
  resolve(process.argv[1]).replace(/\.ts$/, '') === resolve(import.meta.dirname, 'envoy');
if (isMain) process.exitCode = main(process.argv.slice(2));
