import { type Article, formatDay, type TimelineEntry } from '@broadsheet/core';
import { type FileChild, Table, TableCell, TableRow, WidthType } from 'docx';
import { heading, type Inline, type Layout, paragraph } from '../text.js';

/** "Timeline": a two-column table, When and What happened, under a header row repeated on every page. */
export function timeline(article: Article, layout: Layout): FileChild[] {
  if (article.timeline.length === 0) return [];
  const whenWidth = Math.round(layout.textWidth * 0.3);
  const widths = [whenWidth, layout.textWidth - whenWidth];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['When', 'What happened'].map((title, column) => cell([title], 'TableHeading', widths[column], layout)),
  });
  const rows = article.timeline.map(
    (entry) =>
      new TableRow({
        cantSplit: true,
        children: [cell([when(entry)], 'Normal', widths[0], layout), cell([entry.event], 'Normal', widths[1], layout)],
      }),
  );
  const table = new Table({
    rows: [header, ...rows],
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    ...(layout.rtl ? { visuallyRightToLeft: true } : {}),
  });
  return [heading('Timeline', layout), table];
}

function cell(
  content: Inline[],
  style: 'Normal' | 'TableHeading',
  width: number | undefined,
  layout: Layout,
): TableCell {
  return new TableCell({
    children: [paragraph(style, content, layout)],
    ...(width === undefined ? {} : { width: { size: width, type: WidthType.DXA } }),
  });
}

/** The resolved date (with its time), else the expression as written; approximate dates say so. */
function when(entry: TimelineEntry): string {
  if (!entry.date) return entry.text;
  const date = entry.time ? `${formatDay(entry.date)}, ${entry.time}` : formatDay(entry.date);
  return entry.certainty === 'approximate' ? `about ${date}` : date;
}
