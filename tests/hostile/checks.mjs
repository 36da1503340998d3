/**
 * Independent checks of everything the command wrote into an output folder:
 * qpdf and pdftotext for PDFs, unzip and xmllint for Word parts, xmllint and
 * feedparser for the RSS and Atom feeds, the JSON Feed 1.1 schema for `feed.json`,
 * the article schema for `.json`, and JSON-LD read
 * back out of its `<script>` element. Plain ESM, so that `scripts/robustness.mjs`
 * uses the same checks as the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { checkArticle } from '@broadsheet/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SYSTEM_PYTHON = '/usr/bin/python3';
const TEMP_FILE = /^\..+\.\d+-\d+-\d+\.tmp$/;
const OUTPUT_FILE =
  /^(?:[a-z0-9][a-z0-9-]*\.(?:pdf|docx|json|jsonld|jsonld\.html|html)|feed\.xml|atom\.xml|feed\.json)$/;

/** Runs a checker; a checker that is not installed throws, so the caller fails. */
export function tool(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  if (result.error) {
    if (result.error.code === 'ENOENT') throw new Error(`${command} is not installed: .ci/run installs it`);
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whether `name` is a temporary file a writer leaves until its rename. */
export function isTempFile(name) {
  return TEMP_FILE.test(name);
}

/** Problems with one PDF: qpdf's structural check must pass and pdftotext must read it. */
export function checkPdf(file, { text = true } = {}) {
  const qpdf = tool('qpdf', ['--check', file]);
  if (qpdf.status !== 0)
    return [`${file}: qpdf --check exited ${qpdf.status}: ${firstLine(qpdf.stderr || qpdf.stdout)}`];
  if (!text) return [];
  const pdftotext = tool('pdftotext', ['-q', file, '-']);
  return pdftotext.status === 0 ? [] : [`${file}: pdftotext exited ${pdftotext.status}`];
}

/** Problems with one Word file: the zip must test clean and every XML part must be well-formed. */
export function checkDocx(file, { parts = true } = {}) {
  const zip = tool('unzip', ['-t', '-q', file]);
  if (zip.status !== 0) return [`${file}: unzip -t exited ${zip.status}: ${firstLine(zip.stdout || zip.stderr)}`];
  if (!parts) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-docx-check-'));
  try {
    tool('unzip', ['-q', '-o', file, '-d', dir]);
    const xml = listFiles(dir).filter((part) => /\.(?:xml|rels)$/.test(part));
    if (xml.length === 0) return [`${file}: holds no XML parts`];
    const lint = tool('xmllint', ['--noout', '--nonet', ...xml]);
    return lint.status === 0 ? [] : [`${file}: a part is not well-formed XML: ${firstLine(lint.stderr)}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems with a `.json` model: it must parse and match the article schema. */
export function checkModel(file) {
  let value;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`${file}: not JSON: ${error.message}`];
  }
  const problems = checkArticle(value);
  return problems.length === 0 ? [] : [`${file}: breaks the article schema: ${problems.join('; ')}`];
}

/** Problems with a `.jsonld` document: it must parse and hold a NewsArticle. */
export function checkJsonLd(file) {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    const graph = value['@graph'] ?? [value];
    return graph.some((node) => node['@type'] === 'NewsArticle') ? [] : [`${file}: holds no NewsArticle`];
  } catch (error) {
    return [`${file}: not JSON: ${error.message}`];
  }
}

/**
 * Problems with a `.jsonld.html` snippet: exactly one script element, whose
 * content parses back to the same value as the `.jsonld` beside it (with
 * `siblings`; else it only has to parse).
 */
export function checkJsonLdHtml(file, { siblings = true } = {}) {
  const html = readFileSync(file, 'utf8');
  const opens = html.match(/<script\b/gi)?.length ?? 0;
  const closes = html.match(/<\/script/gi)?.length ?? 0;
  if (opens !== 1 || closes !== 1) return [`${file}: holds ${opens} <script and ${closes} </script, not one each`];
  if (/<!--/.test(html)) return [`${file}: holds "<!--", which changes how a browser reads a script`];
  const body = /^<script type="application\/ld\+json">([\s\S]*)<\/script>\s*$/.exec(html)?.[1];
  if (body === undefined) return [`${file}: is not one application/ld+json script element`];
  const sibling = file.replace(/\.html$/, '');
  try {
    const parsed = JSON.stringify(JSON.parse(body));
    if (!siblings) return [];
    const document = JSON.stringify(JSON.parse(readFileSync(sibling, 'utf8')));
    return parsed === document ? [] : [`${file}: does not parse back to ${path.basename(sibling)}`];
  } catch (error) {
    return [`${file}: ${error.message}`];
  }
}

/** Problems with the feed: xmllint must accept it and feedparser must read it without a bozo flag. */
export function checkFeed(file) {
  const lint = tool('xmllint', ['--noout', '--nonet', file]);
  if (lint.status !== 0) return [`${file}: not well-formed XML: ${firstLine(lint.stderr)}`];
  const script =
    'import feedparser, sys\nd = feedparser.parse(open(sys.argv[1], "rb").read())\nprint(int(bool(d.bozo)), d.get("bozo_exception", ""))';
  const parsed = tool(SYSTEM_PYTHON, ['-c', script, file]);
  if (parsed.status !== 0) return [`${file}: feedparser failed: ${firstLine(parsed.stderr)}`];
  return parsed.stdout.startsWith('0') ? [] : [`${file}: feedparser sets bozo: ${parsed.stdout.trim()}`];
}

/**
 * Checks every output in `dir`. Temporary files are counted, not checked.
 * `thorough: false` is the quick check for after a kill: qpdf and `unzip -t` only,
 * and no comparison of an article's files with each other.
 * `seen` (name to a stamp) skips files already checked and unchanged since.
 */
export function checkOutputFolder(dir, { thorough = true, seen } = {}) {
  const problems = [];
  // Note: the site's store is checked by the command itself (it refuses a damaged one).
  const names = readdirSync(dir)
    .filter((name) => name !== '.broadsheet')
    .sort();
  let temps = 0;
  let checked = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    if (isTempFile(name)) {
      temps++;
      continue;
    }
    if (!OUTPUT_FILE.test(name)) {
      problems.push(`${file}: not a name the command writes`);
      continue;
    }
    const info = statSync(file);
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (seen?.get(name) === stamp) continue;
    const found = checkFile(file, thorough);
    checked++;
    problems.push(...found);
    if (found.length === 0) seen?.set(name, stamp);
  }
  return { problems, temps, checked, files: names.length - temps };
}

let validateJsonFeed;

/** Problems with the JSON Feed: it must validate against the JSON Feed 1.1 schema export-feeds ships. */
export function checkJsonFeed(file) {
  if (validateJsonFeed === undefined) {
    const schema = createRequire(import.meta.url)('@broadsheet/export-feeds/json-feed.schema.json');
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats.default(ajv);
    validateJsonFeed = ajv.compile(schema);
  }
  try {
    if (validateJsonFeed(JSON.parse(readFileSync(file, 'utf8')))) return [];
    return validateJsonFeed.errors.map((error) => `${file}: ${error.instancePath || '/'}: ${error.message}`);
  } catch (error) {
    return [`${file}: ${error.message}`];
  }
}

/**
 * Problems with a web page: no script element but the one JSON-LD data block (none in
 * index.html), whose JSON equals the article's `.jsonld` file beside it (with
 * `siblings`; else it only has to parse).
 */
export function checkPage(file, { siblings = true } = {}) {
  const html = readFileSync(file, 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  const index = path.basename(file) === 'index.html';
  const data = scripts.filter((tag) => tag === '<script type="application/ld+json">');
  if (scripts.length !== (index ? 0 : 1) || data.length !== scripts.length)
    return [`${file}: has ${scripts.length} script elements: ${scripts.join(' ')}`];
  if (!html.startsWith('<!doctype html>\n<html lang="') || !html.endsWith('</html>\n'))
    return [`${file}: is not a whole page`];
  if (index) return [];
  const body = html.slice(html.indexOf(data[0]) + data[0].length, html.indexOf('</script>'));
  const sibling = file.replace(/\.html$/, '.jsonld');
  try {
    const found = JSON.stringify(JSON.parse(body));
    if (!siblings || !existsSync(sibling)) return [];
    return found === JSON.stringify(JSON.parse(readFileSync(sibling, 'utf8')))
      ? []
      : [`${file}: its JSON-LD differs from ${path.basename(sibling)}`];
  } catch (error) {
    return [`${file}: ${error.message}`];
  }
}

// Note: right after a kill, an article being corrected can have some files of the new
// version and some of the old (each one whole); the next run replaces the rest. So
// files are compared with their siblings only in the thorough check, after a whole run.
function checkFile(file, thorough) {
  if (file.endsWith('.pdf')) return checkPdf(file, { text: thorough });
  if (file.endsWith('.docx')) return checkDocx(file, { parts: thorough });
  if (file.endsWith('.jsonld.html')) return checkJsonLdHtml(file, { siblings: thorough });
  if (file.endsWith('.html')) return checkPage(file, { siblings: thorough });
  if (file.endsWith('.jsonld')) return checkJsonLd(file);
  if (path.basename(file) === 'feed.json') return checkJsonFeed(file);
  if (file.endsWith('.json')) return checkModel(file);
  if (file.endsWith('feed.xml') || file.endsWith('atom.xml')) return thorough ? checkFeed(file) : checkXml(file);
  return [];
}

function checkXml(file) {
  const lint = tool('xmllint', ['--noout', '--nonet', file]);
  return lint.status === 0 ? [] : [`${file}: not well-formed XML: ${firstLine(lint.stderr)}`];
}

/** Every file below `dir`, as absolute paths. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Whether `stderr` holds anything that looks like a stack trace or a V8 crash report. */
export function hasStackTrace(stderr) {
  return /^\s+at .+:\d+:\d+\)?$/m.test(stderr) || /node:internal|FATAL ERROR|\.ts:\d+:\d+|\.js:\d+:\d+/.test(stderr);
}

/** Writes `bytes` to a fresh temp file and returns its path (for checkers that read files). */
export function tempFile(name, bytes) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'broadsheet-check-')), name);
  writeFileSync(file, bytes);
  return file;
}

function firstLine(text) {
  return (text ?? '').trim().split('\n')[0] ?? '';
}
