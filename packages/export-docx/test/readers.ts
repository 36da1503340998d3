/**
 * Independent readers for the Word document: unzip + xmllint for the package,
 * python-docx for what Word would show, LibreOffice + pdftotext for the rendered page.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { python, run, runOk } from '../../../tests/support/tools.js';

/** A fresh folder under the system temp dir. */
export function tempDir(prefix = 'broadsheet-docx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `bytes` as `name` in a fresh temp folder and returns the file's path. */
export function writeTemp(name: string, bytes: Uint8Array): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

/** An unzipped package: its folder and every part's name ("word/document.xml"). */
export interface Unpacked {
  dir: string;
  parts: string[];
  read(part: string): string;
}

/** Unzips a .docx with Info-ZIP's unzip. */
export function unpack(docx: Uint8Array): Unpacked {
  const file = writeTemp('document.docx', docx);
  const dir = tempDir();
  runOk('unzip', ['-o', '-q', file, '-d', dir]);
  const parts = listFiles(dir).map((path) => relative(dir, path).split('\\').join('/'));
  return { dir, parts, read: (part) => readFileSync(join(dir, part), 'utf8') };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** What python-docx reads back from a document. */
export interface DocxReport {
  core: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    description: string;
    language: string;
    lastModifiedBy: string;
    created: string | null;
    modified: string | null;
  };
  paragraphs: Array<{
    style: string;
    text: string;
    bidi: boolean;
    keepNext: boolean;
    widowControl: boolean;
    runs: Array<{ text: string; rtl: boolean; lang: string | null }>;
  }>;
  tables: Array<{ rows: string[][]; headerRepeats: boolean; bidiVisual: boolean }>;
  section: { widthTwips: number; heightTwips: number };
  footer: { text: string; fields: string[] };
  styles: Record<string, { name: string; rPr: string; pPr: string }>;
  defaultRunProperties: string;
}

const pythonDocxReport = `
import json, sys
import docx
from docx.oxml.ns import qn
from lxml import etree

document = docx.Document(sys.argv[1])
core = document.core_properties

def iso(value):
    return value.strftime('%Y-%m-%dT%H:%M:%SZ') if value else None

def visible_text(element):
    # Note: python-docx 0.8's paragraph.text skips runs inside w:hyperlink.
    pieces = []
    for node in element.iter(qn('w:t'), qn('w:br'), qn('w:tab')):
        if node.tag == qn('w:t'):
            pieces.append(node.text or '')
        elif node.tag == qn('w:br'):
            pieces.append('\\n')
        else:
            pieces.append('\\t')
    return ''.join(pieces)

def run_lang(r):
    rPr = r._r.rPr
    lang = None if rPr is None else rPr.find(qn('w:lang'))
    return None if lang is None else lang.get(qn('w:val'))

def runs(paragraph):
    return [{'text': r.text, 'rtl': r._r.rPr is not None and r._r.rPr.find(qn('w:rtl')) is not None, 'lang': run_lang(r)} for r in paragraph.runs]

def has(pPr, name):
    return pPr is not None and pPr.find(qn(name)) is not None

def describe(paragraph):
    pPr = paragraph._p.pPr
    return {
        'style': paragraph.style.name,
        'text': visible_text(paragraph._p),
        'bidi': has(pPr, 'w:bidi'),
        'keepNext': has(pPr, 'w:keepNext'),
        'widowControl': has(pPr, 'w:widowControl'),
        'runs': runs(paragraph),
    }

def table(t):
    first = t.rows[0]._tr
    trPr = first.trPr
    tblPr = t._tbl.tblPr
    return {
        'rows': [[cell.text for cell in row.cells] for row in t.rows],
        'headerRepeats': trPr is not None and trPr.find(qn('w:tblHeader')) is not None,
        'bidiVisual': tblPr.find(qn('w:bidiVisual')) is not None,
    }

def rpr(element, name='w:rPr'):
    found = element.find(qn(name))
    return '' if found is None else etree.tostring(found, encoding='unicode')

section = document.sections[0]
footer = section.footer
styles = {s.style_id: {'name': s.name, 'rPr': rpr(s.element), 'pPr': rpr(s.element, 'w:pPr')} for s in document.styles}
defaults = document.styles.element.find(qn('w:docDefaults'))
print(json.dumps({
    'core': {
        'title': core.title, 'author': core.author, 'subject': core.subject, 'keywords': core.keywords,
        'description': core.comments, 'language': core.language, 'lastModifiedBy': core.last_modified_by,
        'created': iso(core.created), 'modified': iso(core.modified),
    },
    'paragraphs': [describe(p) for p in document.paragraphs],
    'tables': [table(t) for t in document.tables],
    'section': {'widthTwips': section.page_width.twips, 'heightTwips': section.page_height.twips},
    'footer': {
        'text': '\\n'.join(p.text for p in footer.paragraphs),
        'fields': [e.text.strip() for e in footer._element.iter(qn('w:instrText'))],
    },
    'styles': styles,
    'defaultRunProperties': etree.tostring(defaults.find(qn('w:rPrDefault')), encoding='unicode'),
}))
`;

/** Reads a .docx with python-docx (Debian's python3-docx). */
export function readWithPythonDocx(file: string): DocxReport {
  const result = python(pythonDocxReport, [file]);
  if (result.status !== 0) throw new Error(`python-docx could not read ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as DocxReport;
}

/**
 * Converts .docx files to PDF with a headless LibreOffice and a fresh profile.
 * LibreOffice exits 0 even when a conversion fails, so each PDF must exist and the
 * output must not say "Error:". Returns each input's PDF path.
 */
export function convertWithLibreOffice(files: readonly string[]): string[] {
  const outDir = tempDir();
  const profile = pathToFileURL(tempDir('broadsheet-lo-profile-')).href;
  const result = run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--infilter=MS Word 2007 XML',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 180_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || output.includes('Error:')) throw new Error(`LibreOffice failed:\n${output}`);
  return files.map((file) => {
    const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
    if (!existsAndNotEmpty(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}:\n${output}`);
    return pdf;
  });
}

function existsAndNotEmpty(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** The PDF's text as pdftotext reads it, whitespace runs collapsed to one space. */
export function pdfText(pdf: string): string {
  return collapseSpace(runOk('pdftotext', [pdf, '-']));
}

/** pdfinfo's "Key: value" lines as a record. */
export function pdfInfo(pdf: string): Record<string, string> {
  const lines = runOk('pdfinfo', [pdf]).split('\n');
  return Object.fromEntries(
    lines
      .filter((line) => line.includes(':'))
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      }),
  );
}

/** Collapses every whitespace run to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
