// Note: whole lines only, so the same words inside a sentence of the story are kept.
const TRAILING_LINE = new RegExp(
  `^(?:${[
    'related(?: posts?| articles?| stories| news| content| coverage| reading| links)?',
    'share(?: this)?(?: (?:article|story|post))?(?: on \\w+)?',
    'share via',
    'click to (?:share|email|print)\\b.*',
    'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|print|messenger|pocket|flipboard',
    'like this',
    'like loading\\.*',
    'read (?:more|next|also|the full story)\\b.*',
    'continue reading\\b.*',
    'see also\\b.*',
    'you (?:may|might) also like',
    'recommended(?: for you| stories)?',
    'more (?:from|on|stories|news)\\b.*',
    '(?:tags|topics|filed under|posted in|categories)\\b.*',
    'advertisement|sponsored(?: content)?',
    '(?:subscribe|sign up)\\b.*',
    'follow us\\b.*',
    '(?:leave a (?:comment|reply)|comments?|\\d+ comments?)',
    '(?:©|\\(c\\)|copyright)\\b.*',
    'all rights reserved\\.?',
  ].join('|')})[\\s:.!…»>|-]*$`,
  'iu',
);

// Note: a heading after which everything is a list of links to other stories.
const SECTION_START =
  /^(?:related(?: posts?| articles?| stories| news| content| coverage)?|you (?:may|might) also like|recommended(?: for you| stories)?|more (?:from|on|stories)\b.*|read (?:more|next|also))[\s:.!…»>|-]*$/iu;
const TAIL_WINDOW = 15;
const SHORT_LINE = 150;

/**
 * Removes scraped junk from the end of an article ("Related Posts" and the
 * headlines listed under it, "Share this:", lone "Facebook" lines) and returns
 * the kept lines and the removed ones. Nothing before the tail is touched.
 */
export function stripTrailingBoilerplate(lines: readonly string[]): { kept: string[]; removed: string[] } {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
  const removed: string[] = [];

  const section = findSectionStart(lines, end);
  if (section !== -1) {
    removed.push(
      ...lines
        .slice(section, end)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
    end = section;
  }
  const tail: string[] = [];
  for (; end > 0; end--) {
    const line = (lines[end - 1] as string).trim();
    if (line === '') continue;
    if (!TRAILING_LINE.test(line)) break;
    tail.unshift(line);
  }
  return { kept: lines.slice(0, end), removed: [...tail, ...removed] };
}

/** The index of a "Related Posts"-like heading among the last lines, followed only by short lines. */
function findSectionStart(lines: readonly string[], end: number): number {
  let seen = 0;
  for (let i = end - 1; i > 0 && seen < TAIL_WINDOW; i--) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    seen++;
    if (line.length > SHORT_LINE || /[.!?]["”’]?$/.test(line)) return -1;
    if (SECTION_START.test(line) && seen > 1) return i;
  }
  return -1;
}
