const MAX_WORDS = 12;
// Note: clauses end at punctuation and at words that start another clause;
// the clause holding the date says what happened then.
const BOUNDARY =
  /[,;:()—–]|\s(?:but|while|whereas|although|though|because|after|before|when|until|since|and then|mais|alors que|après|avant)\s/giu;
const LEADING = /^(?:and|but|or|which|who|that|where|when|while|then|meanwhile|currently|also|et|qui|que|dont|où)\s+/iu;
const DATE_PREPOSITION = /\s+(?:on|at|in|by|from|for|since|until|of|during|le|du|au|en|à partir du|depuis)$/iu;

/** What happened at the date expression `text` found at `index` of `sentence`, in a few words. */
export function describeEvent(sentence: string, index: number, text: string): string {
  const { start, end } = clauseBounds(sentence, index, index + text.length);
  const before = sentence.slice(start, index).trimEnd().replace(DATE_PREPOSITION, '');
  const after = sentence.slice(index + text.length, end).trim();
  let clause = `${before} ${after}`.replace(/\s+/g, ' ').trim();
  clause = clause.replace(/^["“”‘’'«»\s]+|["“”‘’'«»\s.!?]+$/gu, '');
  while (LEADING.test(clause)) clause = clause.replace(LEADING, '');
  let words = clause.split(' ').filter((word) => word !== '');
  // Note: "X and Y on Friday called for talks": when the subject is long, what
  // follows the date is the event; when nothing follows, the words nearest the date are.
  const following = after.split(' ').filter((word) => word !== '');
  if (words.length > MAX_WORDS) words = following.length >= 3 ? following.slice(0, MAX_WORDS) : words.slice(-MAX_WORDS);
  if (words.length < 2) return sentence;
  return words.join(' ').replace(/[\s,;:.!?"“”’']+$/u, '');
}

/** Where the clause holding `from`..`to` starts and ends in `sentence`. */
export function clauseBounds(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(BOUNDARY)) {
    const boundaryEnd = match.index + match[0].length;
    if (boundaryEnd <= from) start = boundaryEnd;
    else if (match.index >= to && match.index < end) end = match.index;
  }
  return { start, end };
}
