// Note: whole lines only, so the same words inside a sentence of the story are kept.
// English first, then German, French, Spanish, Italian, Portuguese and Dutch.
const NETWORKS =
  'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|mail|messenger|pocket|flipboard|bluesky|threads|xing';
// Note: headings after which everything is a list of links to other stories.
const SECTION_HEADINGS = [
  'related(?: posts?| articles?| stories| news| content| coverage)?',
  'you (?:may|might) also like',
  'recommended(?: for you| stories)?',
  'more (?:from|on|stories)\\b.*',
  'read (?:more|next|also)',
  'weitere (?:artikel|nachrichten|meldungen|themen)',
  'mehr (?:zum thema|nachrichten|artikel)\\b.*',
  'das könnte (?:sie|dich) auch interessieren',
  'auch interessant',
  '(?:lesen sie|lies) (?:auch|mehr)',
  'verwandte artikel',
  '(?:à )?lire (?:aussi|également)',
  'sur le même sujet',
  'articles? (?:similaires|liés|connexes)',
  'vous (?:aimerez|pourriez aimer) aussi',
  'voir aussi',
  '(?:noticias|artículos) relacionad[oa]s',
  'te puede interesar',
  'también te puede interesar',
  'más noticias',
  'le[ae] también',
  'leggi anche',
  'articoli correlati',
  'potrebbe interessarti',
  'altre notizie',
  '(?:notícias|artigos) relacionad[oa]s',
  'leia (?:também|mais)',
  'veja também',
  'mais notícias',
  'gerelateerde artikelen',
  'lees (?:ook|meer)',
  'meer nieuws',
];
const TRAILING_LINE = new RegExp(
  `^(?:${[
    ...SECTION_HEADINGS,
    'related(?: reading| links)?',
    'share(?: this)?(?: (?:article|story|post))?(?: on \\w+)?',
    'share via',
    'click to (?:share|email|print)\\b.*',
    NETWORKS,
    'print',
    'like this',
    'like loading\\.*',
    'read (?:more|next|also|the full story)\\b.*',
    'continue reading\\b.*',
    'see also\\b.*',
    'more news\\b.*',
    '(?:tags|topics|filed under|posted in|categories)\\b.*',
    'advertisement|sponsored(?: content)?',
    '(?:subscribe|sign up)\\b.*',
    'follow us\\b.*',
    '(?:leave a (?:comment|reply)|comments?|\\d+ comments?)',
    '(?:©|\\(c\\)|copyright)\\b.*',
    'all rights reserved\\.?',
    // German
    `(?:artikel )?teilen(?: (?:auf|per|via) (?:${NETWORKS}))?`,
    `(?:auf|per|via) (?:${NETWORKS}) teilen`,
    'drucken|merken|anzeige|werbung|kommentare|\\d+ kommentare|schlagw(?:o|ö)rter?:.*|themen:.*',
    'alle rechte vorbehalten\\.?',
    // French
    `partager(?: (?:sur|par) (?:${NETWORKS}))?(?: cet article)?`,
    'imprimer|publicité|commentaires?|\\d+ commentaires?|lire la suite\\b.*|mots-clés\\s*:.*',
    'tous droits réservés\\.?',
    // Spanish
    `compartir(?: en (?:${NETWORKS}))?(?: esta noticia)?`,
    'imprimir|publicidad|comentarios?|\\d+ comentarios?|etiquetas:.*|temas:.*|ver más',
    'todos los derechos reservados\\.?',
    // Italian
    `condividi(?: su (?:${NETWORKS}))?`,
    'stampa|pubblicità|commenti|\\d+ commenti|argomenti:.*|tag:.*',
    'tutti i diritti riservati\\.?',
    // Portuguese
    `(?:partilhar|compartilhar|compartilhe|partilhe)(?: n[oa] (?:${NETWORKS}))?`,
    'publicidade|comentários?|\\d+ comentários?',
    'todos os direitos reservados\\.?',
    // Dutch
    `(?:deel|delen)(?: (?:dit artikel|via|op) ?(?:${NETWORKS})?)?`,
    'advertentie|reacties?|\\d+ reacties?|printen',
    'alle rechten voorbehouden\\.?',
  ].join('|')})[\\s:.!…»>|-]*$`,
  'iu',
);

const SECTION_START = new RegExp(`^(?:${SECTION_HEADINGS.join('|')})[\\s:.!…»>|-]*$`, 'iu');
const TAIL_WINDOW = 15;
const SHORT_LINE = 150;

/**
 * Removes scraped junk from the end of an article ("Related Posts", "Weitere
 * Artikel", "Lire aussi" and the headlines listed under it, "Share this:",
 * "Compartir en Facebook", lone "Facebook" lines) and returns
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
