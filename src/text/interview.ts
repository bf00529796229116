/**
 * An interview printed as questions and answers ("Q : … ?" / "R : …", "Q: …" / "A: …"): the
 * journalist's question lines are no sentence of the news to show in a summary, a timeline or an
 * answer, and the label opening an answer is no part of what the interviewee said. The labels are
 * data (src/lang/speech.ts), the same /who-said reads the interview with.
 */
import type { Article, Lang } from '../corpus/article.js';
import { speech } from '../lang/speech.js';
import { escapeRegExp } from './normalize.js';

const alt = (items: string[]) => [...new Set(items)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** The label opening a line of the interview, then a colon: group `question` or `answer` (/who-said reads the same). */
export const INTERVIEW_LABEL: Record<Lang, RegExp> = {
  fr: labelPattern('fr'),
  en: labelPattern('en'),
};

function labelPattern(lang: Lang): RegExp {
  const d = speech[lang];
  return new RegExp(`^\\s*\\**(?:(?<question>${alt(d.interviewQuestions)})|(?<answer>${alt(d.interviewAnswers)}))\\**\\s*:\\s*\\**\\s*(?=\\S)`, 'u');
}

/** Whether a line opens with a question label, an answer label, or neither. */
export function interviewLabel(text: string, lang: Lang): 'question' | 'answer' | undefined {
  const m = INTERVIEW_LABEL[lang].exec(text);
  return m ? (m.groups?.question !== undefined ? 'question' : 'answer') : undefined;
}

/** "R : C'est un accord…" → "C'est un accord…": an answer's label taken off; any other text unchanged. */
export function withoutAnswerLabel(text: string, lang: Lang): string {
  const m = INTERVIEW_LABEL[lang].exec(text);
  return m && m.groups?.answer !== undefined ? text.slice(m[0].length) : text;
}

/** "Q : Qui est responsable ?" → "Qui est responsable ?": a question's or an answer's label taken off; any other text unchanged. */
export function withoutInterviewLabel(text: string, lang: Lang): string {
  const m = INTERVIEW_LABEL[lang].exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** The paragraphs of an article opening with a question label, and those opening with an answer label. */
function labelledParagraphs(article: Pick<Article, 'paragraphs' | 'lang'>): { questions: Set<number>; answers: Set<number> } {
  const questions = new Set<number>();
  const answers = new Set<number>();
  for (const p of article.paragraphs) {
    const label = interviewLabel(p.text, article.lang);
    if (label === 'question') questions.add(p.index);
    else if (label === 'answer') answers.add(p.index);
  }
  return { questions, answers };
}

/**
 * The paragraphs of an article that are the interviewer's question lines. An article is read as
 * an interview only when it prints both question and answer lines: a lone "Question : …" line
 * in a report is the writer's own prose.
 */
export function questionParagraphs(article: Pick<Article, 'paragraphs' | 'lang'>): Set<number> {
  const { questions, answers } = labelledParagraphs(article);
  return new Set([...(answers.size > 0 ? questions : []), ...namedInterviewQuestions(article), ...unlabelledInterviewQuestions(article)]);
}

/** A line opening with a name and a colon ("Launch Review: …", "Priya Raman: …", « Le Courrier : … »): group `name`. */
// An ampersand may join the words of a name ("Water & Climate Review:", « Eau & Territoires : »).
const NAME_LABEL = /^\s*\**(?<name>\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:de|du|des|la|le|of|the|van|von|&)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,3})\**\s*:\s*\**\s*(?=\S)/u;
/** The name a line opens with as a speaker's label ("Priya Raman: …" → "Priya Raman"), or undefined. */
export function labelName(text: string): string | undefined {
  return NAME_LABEL.exec(text)?.groups?.name;
}

/** Lines a name must open for its lines to be one side of an interview. */
const NAMED_TURNS = 2;

/**
 * The interviewer's lines of an interview printed with the speakers' names as labels ("Launch
 * Review: What does it tell you?" / "Priya Raman: Seventy seconds is…"): an article where two
 * names at least each open NAMED_TURNS lines or more, one of them only ever asking (every one of
 * its lines ends with a question) and another mostly answering. The asking side's lines are questions, not news.
 */
export function namedInterviewQuestions(article: Pick<Article, 'paragraphs'>): Set<number> {
  const turns = new Map<string, number[]>();
  for (const p of article.paragraphs) {
    const name = NAME_LABEL.exec(p.text)?.groups?.name;
    if (name) turns.set(name, [...(turns.get(name) ?? []), p.index]);
  }
  const sides = [...turns.entries()].filter(([, lines]) => lines.length >= NAMED_TURNS);
  if (sides.length < 2) return new Set();
  const text = new Map(article.paragraphs.map((p) => [p.index, p.text]));
  const asks = (line: number) => endsWithQuestion(text.get(line) ?? '');
  const answerers = sides.filter(([, lines]) => lines.filter(asks).length * 2 < lines.length);
  // A line of the asking side may put a point to the guest without a question mark ("X : Le gouvernement affirme
  // n'avoir rien cédé…"): a side that asks at least once and whose every line is answered by the next line, another
  // side's that mostly answers, is the interviewer too.
  const answering = new Set(answerers.map(([name]) => name));
  const after = new Map(article.paragraphs.map((p, i) => [p.index, article.paragraphs[i + 1]?.text ?? '']));
  const answeredNext = (line: number, name: string) => {
    const next = labelName(after.get(line) ?? '');
    return next !== undefined && next !== name && answering.has(next);
  };
  const askers = sides.filter(([name, lines]) => lines.every(asks) || (lines.some(asks) && lines.every((l) => answeredNext(l, name))));
  if (askers.length !== 1 || !answerers.some(([name]) => name !== askers[0][0])) return new Set();
  return new Set(askers[0][1]);
}

/**
 * An interview whose first exchange carries the speakers' names and whose later questions carry none
 * (« Le Journal : … Que leur répondez-vous ? » / « Jane Roe : Ce n'est pas… » / « Êtes-vous candidate ? » /
 * « Pas cette fois. »): the question before the named answer and every later line ending with a question that a
 * line with no label and no question answers, the interviewer's; each such answer, the guest's. Only with
 * NAMED_TURNS questions at least (those set aside as headings too): one question alone may be a report's rhetorical one.
 */
export function followUpInterview(article: Pick<Article, 'paragraphs' | 'lang'> & Partial<Pick<Article, 'removed'>>): { questions: Set<number>; answers: Map<number, string> } {
  const lines = article.paragraphs.filter((p) => p.kind !== 'heading');
  const none = { questions: new Set<number>(), answers: new Map<number, string>() };
  const first = lines.findIndex((p, i) => {
    const guest = labelName(lines[i + 1]?.text ?? '');
    return guest !== undefined && labelName(p.text) !== guest && endsWithQuestion(p.text) && !endsWithQuestion(lines[i + 1].text);
  });
  if (first < 0) return none;
  const guest = labelName(lines[first + 1].text)!;
  const questions = new Set([lines[first].index]);
  const answers = new Map<number, string>();
  const unlabelled = (text: string) => labelName(text) === undefined && interviewLabel(text, article.lang) === undefined;
  const asked = (i: number) => i < lines.length && endsWithQuestion(lines[i].text) && unlabelled(lines[i].text);
  const answering = (i: number) => i < lines.length && !endsWithQuestion(lines[i].text) && unlabelled(lines[i].text);
  // Short questions set aside as headings when the article was read: where they stood is lost, so every line after
  // the guest's named answer, up to a labelled one, is an answer.
  const setAside = (article.removed ?? []).filter((r) => endsWithQuestion(r.text)).length;
  for (let i = first + 2; i < lines.length; i++) {
    if (asked(i) && answering(i + 1)) {
      questions.add(lines[i].index);
      answers.set(lines[i + 1].index, guest);
      i++;
    } else if (answering(i) && setAside > 0 && (i === first + 2 || answers.has(lines[i - 1].index))) {
      answers.set(lines[i].index, guest);
    } else if (!asked(i)) break;
  }
  return questions.size + setAside >= NAMED_TURNS ? { questions, answers } : none;
}

/**
 * Whether a line is a question put without a label and answered by the next line, a named guest's
 * ("Why now?" / "Jane Roe: Because…"): the form of a web Q&A whose questions are only set in bold.
 */
export function asksUnlabelledQuestion(line: string, next: string | undefined): boolean {
  if (!endsWithQuestion(line) || labelName(line) !== undefined || next === undefined) return false;
  return labelName(next) !== undefined && !endsWithQuestion(next);
}

/**
 * The interviewer's lines of an interview whose questions carry no label, each answered by a line
 * opening with the guest's name ("How long will it take?" / "Halvorsen: Weeks."): an article with
 * NAMED_TURNS such pairs at least. One pair alone may be a rhetorical question in a report.
 */
export function unlabelledInterviewQuestions(article: Pick<Article, 'paragraphs'>): Set<number> {
  const out = new Set<number>();
  article.paragraphs.forEach((p, i) => {
    if (p.kind !== 'heading' && asksUnlabelledQuestion(p.text, article.paragraphs[i + 1]?.text)) out.add(p.index);
  });
  return out.size >= NAMED_TURNS ? out : new Set();
}

/**
 * The line heading an interview printed with labels, right above its first question ("Trois questions à X, ingénieure",
 * "Three questions for X"): it names the guest for /who-said, and is the page's structure, no passage to answer with.
 */
export function interviewHeadings(article: Pick<Article, 'paragraphs' | 'lang'>): Set<number> {
  const questions = questionParagraphs(article);
  const out = new Set<number>();
  article.paragraphs.forEach((p, i) => {
    const next = article.paragraphs[i + 1];
    if (p.kind === 'heading' && next && questions.has(next.index)) out.add(p.index);
  });
  return out;
}

/**
 * The paragraphs of an article that are the interviewee's answer lines ("A: …", "R : …"), read the
 * same way: only in an article that prints both question and answer lines. A short question line
 * may have been set aside as a subheading when the article was read: it still counts. An answer is
 * the speaker's own words, as a quotation is.
 */
export function answerParagraphs(article: Pick<Article, 'paragraphs' | 'lang'> & Partial<Pick<Article, 'removed'>>): Set<number> {
  const { questions, answers } = labelledParagraphs(article);
  // A transcript may label its questions and name its guest ("Q: … ?" / "Vasseur: …"): a line opening
  // with a name right after a question line is the answer.
  article.paragraphs.forEach((p, i) => {
    const before = article.paragraphs[i - 1];
    if (before && questions.has(before.index) && !questions.has(p.index) && NAME_LABEL.test(p.text)) answers.add(p.index);
  });
  const asked = questions.size > 0 || (article.removed ?? []).some((r) => interviewLabel(r.text, article.lang) === 'question');
  return asked ? answers : new Set();
}

/**
 * The interviewee speaking in each answer line of an interview printed with the speakers' names as
 * labels ("Launch Review: … ?" / "Priya Raman: Seventy seconds is… It is also…"): paragraph index →
 * name. Every sentence of such a line is that person's words, not only the one the label opens.
 * Only in an article read as an interview (it has question lines): elsewhere "Name: …" may be a
 * heading or a caption. With one guest, a line with no label right after a later question is theirs too
 * (see followUpInterview).
 */
export function namedAnswerSpeakers(article: Pick<Article, 'paragraphs' | 'lang'> & Partial<Pick<Article, 'removed'>>): Map<number, string> {
  const questions = new Set([...interviewQuestionLines(article), ...followUpInterview(article).questions]);
  const out = new Map<number, string>();
  if (questions.size === 0) return out;
  const askers = new Set([...questions].map((i) => labelName(article.paragraphs.find((p) => p.index === i)?.text ?? '')).filter((n) => n !== undefined));
  // A guest is a name opening a line right after a question ("Photo : … jeudi." elsewhere is a caption).
  const guests = new Set<string>();
  article.paragraphs.forEach((p, i) => {
    const name = labelName(p.text);
    const before = article.paragraphs[i - 1];
    if (name !== undefined && !askers.has(name) && before && questions.has(before.index) && interviewLabel(p.text, article.lang) === undefined) guests.add(name);
  });
  for (const p of article.paragraphs) {
    const name = labelName(p.text);
    if (p.kind !== 'heading' && !questions.has(p.index) && name !== undefined && guests.has(name)) out.set(p.index, name);
  }
  // Follow-up questions put without a label once the guest has answered under their name: the guest's answers too.
  const followUp = followUpInterview(article);
  for (const [line, name] of followUp.answers) out.set(line, name);
  return out;
}

/** "Priya Raman" + "It is also…" → "Priya Raman: It is also…" (« Priya Raman : … » in French): an answer's sentence shown with whose words it is. */
export function withAnswerLabel(name: string, text: string, lang: Lang): string {
  if (labelName(text) === name) return text;
  return `${name}${lang === 'fr' ? ' :' : ':'} ${text}`;
}

/** A dash opening a line of an interview printed as dialogue ("— Non, et c'est le point essentiel."). */
export const DIALOGUE_DASH = /^\s*[—–]\s+/u;
/** Whether a line or sentence ends with a question mark, closing marks aside. */
export const endsWithQuestion = (text: string) => /\?\s*\P{L}*$/u.test(text.trim());

/**
 * The question lines of an interview printed as dialogue: a line opening with a dash and ending
 * with a question mark, answered by the next line, opening with a dash too ("— Nexora fera appel.
 * Cela change-t-il quelque chose ?" / "— Non, …"). The question's statements are the interviewer's
 * lead-in, not a report.
 */
export function dialogueQuestions(article: Pick<Article, 'paragraphs'>): Set<number> {
  const out = new Set<number>();
  const lines = article.paragraphs.filter((p) => p.kind !== 'heading');
  lines.forEach((p, i) => {
    const next = lines[i + 1];
    if (next && DIALOGUE_DASH.test(p.text) && endsWithQuestion(p.text) && DIALOGUE_DASH.test(next.text) && !endsWithQuestion(next.text)) out.add(p.index);
  });
  return out;
}

/**
 * Every interviewer's question line of an article, in the three forms an interview is printed in:
 * labels ("Q : … ?"), names ("Launch Review: … ?", see `questionParagraphs`) and dialogue ("— … ?",
 * see `dialogueQuestions`). Their lead-in is the journalist's: no fact, no quotation of anyone.
 */
export function interviewQuestionLines(article: Pick<Article, 'paragraphs' | 'lang'>): Set<number> {
  return new Set([...questionParagraphs(article), ...dialogueQuestions(article)]);
}

/**
 * The question an interview's answer paragraph answers: the question line right before it, in an
 * interview printed with labels ("Q : … ?" / "R : …") or as dialogue ("— … ?" / "— Non, …"); null
 * for any other paragraph. An answer shown without it may say the opposite of what it means
 * ("— Non." answers the question asked, not the reader's).
 */
export function answeredQuestion(article: Pick<Article, 'paragraphs' | 'lang'> & Partial<Pick<Article, 'removed'>>, paragraph: number): string | null {
  const at = article.paragraphs.findIndex((p) => p.index === paragraph);
  if (at < 0) return null;
  const text = article.paragraphs[at].text;
  const before = article.paragraphs.slice(0, at).reverse().find((p) => p.kind !== 'heading' || interviewLabel(p.text, article.lang) === 'question');
  if (answerParagraphs(article).has(paragraph)) {
    // The nearest question line before the answer (another answer line may stand between them).
    const asked = article.paragraphs.slice(0, at).reverse().find((p) => interviewLabel(p.text, article.lang) === 'question');
    return asked?.text.trim() ?? null;
  }
  if (!DIALOGUE_DASH.test(text) || endsWithQuestion(text) || !before) return null;
  return DIALOGUE_DASH.test(before.text) && endsWithQuestion(before.text) ? before.text.trim() : null;
}
