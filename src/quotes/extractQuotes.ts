/**
 * Every quotation of an article, direct (between quotation marks) or reported (indirect
 * speech), with the speaker the article gives for it. Reads the article in order, so pronouns,
 * titles, short names and documents ("ajoute le communiqué") resolve to the right earlier
 * speaker, and a quotation with no verb of its own continues the previous speaker.
 */
import type { Article, Lang, Paragraph } from '../corpus/article.js';
import { paragraphsOf } from '../corpus/packedCorpus.js';
import { ArticleCast, type CastMember, type CorpusTitles } from './articleCast.js';
import { attributeQuote, firstMatch, findIndirectSpeech, isStandalone, ISSUER_LINKS, maskSpans, opensWithClockTime, subjectAfterVerb, subjectBefore, withoutClockTime, type Attribution, type AttributionHow, type IndirectSpeech } from './attributeSpeaker.js';
import { isAcronym, isCapitalised, nameRuns, organisationNameEnd, POSSESSIVE, titleMask, tokenizePhrase, type NameRun, type Token } from './mentions.js';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.js';
import { DATELINE } from '../text/dateline.js';
import { escapeRegExp } from '../text/normalize.js';
import { endsWithQuestion, interviewQuestionLines } from '../text/interview.js';
import { foldWord, speechPatterns, type SpeechPatterns } from './speechPatterns.js';

export interface Quotation {
  /** `<article id>#<paragraph>:<offset>`: stable while the article is unchanged. */
  id: string;
  articleId: string;
  paragraph: number;
  /** Offsets of the quoted words in the paragraph text. */
  start: number;
  end: number;
  /** The quotation as printed (for indirect speech: the reported words). */
  quote: string;
  /** The sentence or sentences that hold it. */
  text: string;
  /** The whole paragraph. */
  context: string;
  kind: 'direct' | 'indirect';
  /** Printed in a title line or subhead. */
  heading: boolean;
  /** How the speaker was found. */
  how: AttributionHow;
  /** The words that name the speaker, as printed ("a-t-il ajouté" → "il"). */
  speakerPhrase: string | null;
  /** The speaker within the article; null when the article does not say. */
  speaker: CastMember | null;
  lang: Lang;
}

export interface ArticleQuotations {
  article: Article;
  quotations: Quotation[];
  /** The article's speakers as read (absent when the quotations come from the cache). */
  cast?: ArticleCast;
}

/** The quoted words without the comma that ties them to the attribution: “…lorry,” the captain said → …lorry. */
const withoutDanglingPunctuation = (words: string) => words.replace(/[\s,;:]+$/u, '');

/** How far back (in paragraphs) a quotation without a verb of its own may continue a speaker. */
const CONTINUATION_PARAGRAPHS = 1;
/** Reported speech shorter than this many words is a fragment of narration, not a statement. */
const MIN_INDIRECT_WORDS = 4;

/** Attributions that make someone the speaker "il"/"he" and "the statement" refer back to. */
const SETS_LAST_SPEAKER: AttributionHow[] = ['postposed', 'inverted', 'preposed', 'according', 'clause-final', 'continuation', 'headline'];

interface Unit {
  start: number;
  end: number;
}

/** Sentences joined where a quotation runs across them. */
function units(paragraph: Paragraph, spans: QuoteSpan[]): Unit[] {
  const out: Unit[] = [];
  for (const s of paragraph.sentences) {
    const last = out[out.length - 1];
    if (last && spans.some((q) => q.open < last.end && q.close > last.end)) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  if (out.length === 0) out.push({ start: 0, end: paragraph.text.length });
  // A quotation that closes after the last sentence's end (trailing mark) still belongs to it.
  out[out.length - 1].end = Math.max(out[out.length - 1].end, ...spans.map((q) => q.close));
  return out;
}

/**
 * A whole paragraph, from `start`, as one speaker's words printed without quotation marks: an
 * interview's answer, a transcript's "Name: …" line, a post introduced by its issuer.
 */
function paragraphQuotation(article: Article, paragraph: Paragraph, start: number, end: number, how: AttributionHow, speakerPhrase: string, speaker: CastMember): Quotation {
  return {
    id: `${article.id}#${paragraph.index}:${start}`,
    articleId: article.id,
    paragraph: paragraph.index,
    start,
    end,
    quote: paragraph.text.slice(start).trim(),
    text: paragraph.text.trim(),
    context: paragraph.text,
    kind: 'direct',
    heading: false,
    how,
    speakerPhrase,
    speaker,
    lang: article.lang,
  };
}

export function extractQuotes(article: Article, corpusTitles?: CorpusTitles): ArticleQuotations {
  const p = speechPatterns(article.lang);
  const cast = new ArticleCast(p, article.lang, corpusTitles);
  const quotations: Quotation[] = [];
  let previous: { paragraph: number; speaker: CastMember | null } | null = null;
  /** The person the previous sentence was about ("La ministre a reçu…"): "a-t-elle déclaré" next refers to her. */
  // The person the sentence before was about; `member` null when the article had not named them ("Le coureur conteste.").
  // `bodyHead`: the subject is the head of a named organisation (see headOfNamedBody), one person a pronoun may stand for.
  let aboutBefore: { paragraph: number; unit: number; member: CastMember | null; subject?: string; bodyHead?: boolean } | null = null;
  /** The last person a sentence was about, and in which paragraph: a quotation opening the next paragraph may be theirs. */
  let aboutPerson: { paragraph: number; member: CastMember } | null = null;
  /**
   * A quotation with no attribution of its own that runs to its paragraph's end without a closing
   * mark: the next paragraph reopens it (the newspaper convention for a quotation over several
   * paragraphs), and the attribution found there is its speaker.
   */
  const pending: { runOn: { paragraph: number; quotations: Quotation[] } | null } = { runOn: null };

  /**
   * An interview printed as dialogue: lines opened by a dash after a line that names the person
   * ("Il a répondu à nos questions.", "Trois questions à Me X"); the lines that are no question
   * are that person's answers. `speaker` null outside such a block.
   */
  const interview: { speaker: CastMember | null; lastParagraph: number; before: { text: string; index: number } | null } = { speaker: null, lastParagraph: -2, before: null };
  /** The last question printed after a label ("Launch Review: What went wrong?"), and its paragraph. */
  let labelledQuestion: { paragraph: number; label: string } | null = null;
  /** The name whose labelled line answered a question: the transcript's guest, whose every labelled line is an answer. */
  let guest: string | null = null;
  /**
   * The interviewer's question lines ("Q : … ?", "Launch Review: X says it will fly again. Is that realistic?", "— … ?"):
   * their lead-in is the journalist's, no quotation nor report of anyone, even of the person or company it names.
   */
  const asked = interviewQuestionLines({ paragraphs: [...paragraphsOf(article)], lang: article.lang });
  /** The title lines read so far, where an interview names its guest (see titledGuest). */
  const headings: string[] = [];
  // Read without keeping the article's text decoded: the store keeps positions, not text.
  for (const paragraph of paragraphsOf(article)) {
    const heading = paragraph.kind === 'heading';
    if (heading) headings.push(paragraph.text);
    if (!heading && opensWithClockTime(paragraph.text)) cast.startEntry();
    const spans = findQuoteSpans(paragraph.text, pending.runOn?.paragraph === paragraph.index - 1);
    const dash = heading ? null : DIALOGUE_DASH.exec(paragraph.text);
    const question = endsWithQuestion(paragraph.text);
    // "Q : … ?" / "R : …": an interview printed as questions and answers, read like the dash dialogue.
    const qa = heading || dash ? null : p.interviewLine.exec(paragraph.text);
    const marker = dash ?? qa;
    // "Launch Review: What went wrong?" then "Jane Roe: The valve failed.": a transcript printed with names before a colon.
    // A name's line right after another label's question is that person's answer, quoted without quotation marks.
    const label = heading || marker ? null : NAME_LABEL.exec(paragraph.text);
    // Once a name has answered, every later line it opens is its answer, whatever stands before it (a question set aside
    // as a subheading, a point put to the guest without a question mark); an interviewer's line is no answer.
    const afterQuestion = (labelledQuestion?.paragraph === paragraph.index - 1 && labelledQuestion.label !== label?.[1]) || asked.has(paragraph.index - 1);
    const transcriptAnswer = label && !asked.has(paragraph.index) && (label[1] === guest || (!question && afterQuestion)) ? cast.resolve(label[1]) : null;
    if (label && question && label[1] !== guest) labelledQuestion = { paragraph: paragraph.index, label: label[1] };
    // The interviewee whose answer this paragraph is: once it is read, they are the last to have spoken ("La dirigeante
    // syndicale a par ailleurs indiqué…" after the answers refers back to them).
    let answered: CastMember | null = null;
    // "Q: …?" then "Vasseur: …": a lone surname's label answering the question is a person the article names by surname
    // alone (read as a mere group so far), the interview's guest all the same.
    const answerer = transcriptAnswer && ((transcriptAnswer.kind === 'person' && transcriptAnswer.name) || (transcriptAnswer.kind === 'group' && !/\s/u.test(label![1]) && afterQuestion));
    // An answer may quote someone inside it ("My mother asked me, 'Would you…?' and I had no answer."): it is still the
    // guest's answer, whole, unless it opens with the quotation marks (then the marks' own attribution is read).
    const quotesWithin = spans.length > 0 && label !== null && !/^\s*$/u.test(paragraph.text.slice(label[0].length, spans[0].open));
    if (label && transcriptAnswer && answerer && (!spans.length || quotesWithin)) {
      const start = label[0].length;
      quotations.push(paragraphQuotation(article, paragraph, start, paragraph.text.trimEnd().length, 'preposed', label[1], transcriptAnswer));
      answered = transcriptAnswer;
      guest = label[1];
    } else if (marker) {
      if (interview.lastParagraph !== paragraph.index - 1) interview.speaker = titledGuest([article.title ?? '', ...headings], cast, p) ?? interviewee(interview.before, aboutBefore, cast, p);
      interview.lastParagraph = paragraph.index;
      if (interview.speaker && (qa ? qa.groups?.answer !== undefined : !question)) {
        const start = marker[0].length;
        quotations.push(paragraphQuotation(article, paragraph, start, paragraph.text.trimEnd().length, 'continuation', interview.speaker.display, interview.speaker));
        answered = interview.speaker;
      }
    } else if (question && interview.lastParagraph === paragraph.index - 1) interview.lastParagraph = paragraph.index;
    // "16h30 — Publication de la Ville de X sur les réseaux sociaux :" then the post, printed without quotation marks: the
    // paragraph is the document's text, the words of its issuer.
    const issuer = !heading && !marker && spans.length === 0 && interview.before?.index === paragraph.index - 1 ? documentIntroduced(interview.before.text, p) : null;
    const poster = issuer ? cast.resolve(issuer) : null;
    if (issuer && poster) {
      const lead = /^(?:\s*@[\p{L}\p{N}_]+)*\s*/u.exec(paragraph.text)![0].length;
      const end = paragraph.text.trimEnd().length;
      if (end > lead) {
        // The handles the post opens with ("@everyone @here") are no part of its words, nor of the line shown with it.
        quotations.push({
          ...paragraphQuotation(article, paragraph, lead, end, 'preposed', issuer, poster),
          quote: withoutDanglingPunctuation(paragraph.text.slice(lead, end)),
          text: paragraph.text.slice(lead).trim(),
        });
      }
    }
    interview.before = { text: paragraph.text, index: paragraph.index };
    // Only the paragraph right after may carry on a run-on quotation, and only when it opens with a quotation mark.
    const { runOn } = pending;
    const carried = runOn && runOn.paragraph === paragraph.index - 1 && spans[0] && !/\S/u.test(paragraph.text.slice(0, spans[0].open)) ? runOn.quotations : null;
    pending.runOn = null;
    let firstOfParagraph = true;
    const unitList = units(paragraph, spans);
    for (const [unitIndex, unit] of unitList.entries()) {
      const text = paragraph.text.slice(unit.start, unit.end);
      const local = spans
        .filter((q) => q.open >= unit.start && q.open < unit.end)
        .map((q) => ({ open: q.open - unit.start, close: Math.min(q.close, unit.end) - unit.start, start: q.start - unit.start, end: Math.min(q.end, unit.end) - unit.start }));
      cast.observe(text, local);
      const masked = maskSpans(text, local);

      type Found = { at: number; start: number; end: number; kind: 'direct' | 'indirect'; how: AttributionHow; phrase: string | null; pronoun: boolean; verbAt: number | null; words?: string };
      const found: Found[] = [];
      for (let i = 0; i < local.length; i++) {
        const q = local[i];
        if (q.end <= q.start) continue;
        // "surnommé « le Chat »", "que tout le monde appelle « Nanou »", "known as \"the Fox\"": a name given to someone is no
        // quotation at all.
        const lead = masked.slice(0, q.open);
        if (!heading && (p.namingBefore.test(lead) || p.namingRelative.test(lead))) {
          // The name is the person's from now on: "confie Nanard" is Bernard Quéméner's words.
          cast.nickname(text.slice(q.start, q.end));
          continue;
        }
        // "repartis avec « La Fileuse endormie »", "escaped with \"The Sleeping Spinner\"": a work's title is no quotation.
        // A headline's title beside a noun for a work ("Drama 'Northern Lights' wins…") is no quotation either.
        if (workTitle(text.slice(q.start, q.end), masked.slice(0, q.open), masked.slice(q.close), p, heading)) continue;
        // "la liste « Agir ensemble »", "the \"Forward Together\" list": a body's name is no quotation.
        if (!heading && bodyName(text.slice(q.start, q.end), masked.slice(0, q.open), masked.slice(q.close), p)) continue;
        let att = attributeQuote(masked, { open: q.open, close: q.close, heading }, p);
        // "placé au niveau « crise »", "a \"red\" alert": one word quoted in narration, with no verb of saying, is a term the
        // writer sets apart (the name of a level, a plan, a category), no one's words; the sentence's subject did not say it.
        // Whatever verb comes before, one word right after or before such a noun ("au stade « crise »", "an \"amber\" warning")
        // is that term.
        if (ONE_WORD.test(text.slice(q.start, q.end)) && (att.how === 'subject' || termNounBeside(masked.slice(0, q.open), masked.slice(q.close), p))) continue;
        // "'A,' said Hollis, 'and B.'": one quotation split by its attribution.
        const next = local[i + 1];
        if (next && !heading && continuesAfterIncise(text, masked, q, next, att)) {
          found.push({ at: q.open, start: q.start, end: next.end, kind: 'direct', how: att.how, phrase: att.phrase, pronoun: att.pronoun, verbAt: att.verbAt, words: `${text.slice(q.start, q.end)} ${text.slice(next.start, next.end)}` });
          i++;
          continue;
        }
        // "« A, a expliqué X. B »": the attribution inside the marks names the speaker and is no part of the words.
        const incise = heading ? null : inciseWithin(text, q, p);
        if (incise) {
          found.push({ at: q.open, start: q.start, end: q.end, kind: 'direct', how: incise.pronoun ? 'inverted' : 'postposed', phrase: incise.phrase, pronoun: incise.pronoun, verbAt: null, words: incise.words });
          continue;
        }
        // "« THIS IS NOT OVER » (« ce n'est pas fini »)": a quotation in parentheses right after another is its translation,
        // the same speaker's words.
        const before = local[i - 1];
        // The verb before both is the first one's ("X warned: « … » (« … »)"): the translation still is the same speaker's words.
        if ((att.how === 'none' || att.how === 'preposed') && !heading && before && /^[»”"’\s]*\(\s*$/u.test(masked.slice(before.close, q.open))) att = { ...att, how: 'continuation' };
        if (att.how === 'none' && !heading) {
          // "Marc Roux, magasinier, sort une lettre : « … »": a clause that opens with a person introduces the words after its colon.
          const introducer = colonIntroducer(masked.slice(0, q.open), p);
          if (introducer) att = { phrase: introducer, how: 'preposed', verbAt: null, pronoun: false };
          // "Puis, la voix serrée : « … »": a connective and a manner, no verb nor name, carry on the speaker before.
          else if (connectiveColon(masked.slice(0, q.open), p)) att = { ...att, how: 'continuation' };
          else if (possessiveDocument(masked.slice(0, q.open), p)) {
            // "Sa publication de mardi, rédigée tout en majuscules, « … »": the words of the person the possessive stands for.
            att = { phrase: possessiveDocument(masked.slice(0, q.open), p), how: 'preposed', verbAt: null, pronoun: true };
          } else {
            // "Elle y tient : le cadre restera « … »": a short clause of a subject pronoun before a colon introduces what follows.
            const pronoun = pronounColon(masked.slice(0, q.open), p);
            if (pronoun) att = { phrase: pronoun, how: 'preposed', verbAt: null, pronoun: true };
          }
        }
        // A paragraph that is a short quotation with no sentence-ending mark is a subheading (« Trois mots d'un coup »): it
        // quotes a line of the article, it continues no one.
        // Words only: the marks printed apart (« … ») are none.
        const subheading = paragraph.sentences.length <= 1 && !/[.!?…]\s*\P{L}*$/u.test(paragraph.text.trim()) && paragraph.text.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 12;
        if (att.how === 'none' && !heading && !subheading && isStandalone(masked, q)) att = { ...att, how: 'continuation' };
        found.push({ at: q.open, start: q.start, end: q.end, kind: 'direct', how: att.how, phrase: att.phrase, pronoun: att.pronoun, verbAt: att.verbAt });
      }
      // "C'est ainsi que X résume le travail de son équipe.": a sentence pointing back to a quotation reports nothing more.
      // An interviewee's answer is their own words, quoted whole: "the court does not say X, it says Y" in it is their
      // reading, no second speaker's statement.
      const ownWords = heading || answered !== null;
      const indirect = ownWords || p.backReference.test(masked) ? null : findIndirectSpeech(masked, p, article.lang);
      // "X said the deal \"…,\" and Minister Y said on Wednesday that…": a second clause with its own subject and verb of
      // speech after ", and" / ", et" is a report of its own.
      const joined = ownWords ? null : p.secondReport.exec(masked);
      if (joined && (!indirect || (indirect.verbAt ?? 0) < joined.index)) {
        const from = joined.index + joined[0].length;
        const second = findIndirectSpeech(masked.slice(from), p, article.lang);
        if (second && second.how === 'preposed' && !second.pronoun && second.verbAt !== null) {
          if (indirect && indirect.end > joined.index) indirect.end = joined.index;
          const words = masked.slice(from + second.start, from + second.end).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
          if (words >= MIN_INDIRECT_WORDS) found.push({ at: from + second.verbAt, start: from + second.start, end: from + second.end, kind: 'indirect', how: second.how, phrase: second.phrase, pronoun: false, verbAt: from + second.verbAt });
        }
      }
      if (indirect) for (const f of found) if (reportedWithin(masked, f, indirect, p)) Object.assign(f, { phrase: indirect.phrase, pronoun: indirect.pronoun });
      if (indirect) {
        const sameVerb = found.some((f) => f.verbAt !== null && indirect.verbAt !== null && f.verbAt === indirect.verbAt) || found.some((f) => f.how === 'according' && indirect.how === 'according');
        const quoted = local.reduce((n, q) => n + Math.max(0, Math.min(q.close, indirect.end) - Math.max(q.open, indirect.start)), 0);
        const words = masked.slice(indirect.start, indirect.end).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
        // "« … », a assuré X, selon un enregistrement consulté par Y": a source after a quotation that names its speaker
        // tells where the words were read, it reports nothing more.
        const named = indirect.how === 'according' && found.some((f) => f.kind === 'direct' && f.phrase !== null && ['preposed', 'postposed', 'inverted'].includes(f.how));
        if (!sameVerb && !named && quoted < (indirect.end - indirect.start) / 2 && words >= MIN_INDIRECT_WORDS) {
          found.push({ at: indirect.verbAt ?? indirect.start, start: indirect.start, end: indirect.end, kind: 'indirect', how: indirect.how, phrase: indirect.phrase, pronoun: indirect.pronoun, verbAt: indirect.verbAt });
        }
      }
      if (asked.has(paragraph.index)) found.length = 0;
      found.sort((a, b) => a.at - b.at);

      const read: { f: Found; quotation: Quotation }[] = [];
      for (const f of found) {
        let speaker: CastMember | null = null;
        // "« … » C'est ainsi que la Pr X résume le travail de son équipe.": the next sentence names the speaker.
        const pointer = f.how === 'continuation' && f.kind === 'direct' ? backReferenceSpeaker(unitList[unitIndex + 1], paragraph.text, p) : null;
        if (pointer) {
          speaker = cast.resolve(pointer.phrase);
          if (speaker) Object.assign(f, { how: 'postposed', phrase: pointer.phrase });
        }
        if (speaker) {
          // named by the sentence after
        } else if (f.how === 'continuation') {
          // "La déléguée, X, n'a pas mâché ses mots. « … »": the person the sentence just before was about, in this paragraph,
          // speaks the words that follow, rather than the last speaker of a paragraph before.
          const about = aboutBefore?.paragraph === paragraph.index && aboutBefore.unit === unitIndex - 1 ? aboutBefore.member : null;
          if (about && about.kind === 'person') speaker = about;
          else speaker = previous && paragraph.index - previous.paragraph <= CONTINUATION_PARAGRAPHS ? previous.speaker : null;
          // "X, 58 ans, … était de garde cette nuit-là. Il nous a reçus chez lui." then a paragraph that is a quotation: with no
          // speaker just before, the person the paragraph before was about speaks it.
          if (!speaker && firstOfParagraph && unitIndex === 0 && aboutPerson?.paragraph === paragraph.index - 1) speaker = aboutPerson.member;
        } else if (f.pronoun) {
          const about = aboutBefore?.paragraph === paragraph.index ? aboutBefore : null;
          // A pronoun after a sentence about someone unnamed stands for them: no earlier speaker is guessed.
          // "L'avocate de la défense annonce… « … », estime-t-elle": that unnamed person, when the pronoun fits the role.
          // "Pour elle, …", "À l'en croire, …": the pronoun gives a source's view, the source reported before rather than the
          // subject of the sentence before.
          // "« … », écrivent-ils": a plural pronoun stands for the plural group named just before ("600 employés").
          const group = f.phrase ? cast.pluralAntecedent(f.phrase) : null;
          if (group) speaker = group;
          else if (f.how === 'according') speaker = cast.resolveSource(f.phrase);
          // "Energy Minister X visited the region." then "\"…,\" she added." in a paragraph of its own: the woman who spoke
          // before goes on, not the person a paragraph between named.
          // Not after a sentence of the same paragraph ("Perrin's daughters seem calmer. \"…,\" he added."): the person it
          // named, a possessive's included, comes first.
          else if (!about && unitIndex === 0 && continuing(masked, p)) speaker = cast.resolveSource(f.phrase);
          else speaker = about && !about.member ? (about.subject ? (about.bodyHead ? cast.headOfNamedBody(about.subject, f.phrase) : cast.unnamedRole(about.subject, f.phrase)) : null) : cast.resolvePronoun(f.phrase, about?.member ?? null);
        } else if (f.phrase) {
          // "« … », raconte ce cariste": a demonstrative refers back to the person the sentence before named.
          const about = aboutBefore?.paragraph === paragraph.index && aboutBefore.member?.kind === 'person' ? aboutBefore.member : null;
          // "Marc X tient une boutique d'optique. « … », raconte l'opticien": a plain noun for a person is the one just named.
          const sameParagraph = aboutBefore?.paragraph === paragraph.index && aboutBefore.unit === unitIndex - 1 ? aboutBefore.member : null;
          speaker = about && demonstrative(f.phrase, text, p) ? about : cast.resolve(f.phrase);
          // Only a noun after the speech verb that the article uses as no one's title (read as a mere group).
          if (speaker && speaker.kind === 'group' && !speaker.name && (f.how === 'postposed' || f.how === 'inverted')) speaker = cast.describedPerson(f.phrase, sameParagraph) ?? speaker;
          if (speaker?.name) cast.learnGender(speaker, f.phrase);
        }
        if (speaker && SETS_LAST_SPEAKER.includes(f.how)) cast.spoke(speaker);
        previous = { paragraph: paragraph.index, speaker };
        const start = unit.start + f.start;
        const end = unit.start + f.end;
        const opensParagraph = firstOfParagraph && f.kind === 'direct';
        firstOfParagraph = false;
        if (carried && opensParagraph && f.how !== 'continuation' && f.how !== 'none' && f.how !== 'subject') {
          // The reopened quotation names its speaker: the paragraph before was theirs too.
          for (const q of carried) Object.assign(q, { speaker, how: speaker ? 'continuation' : 'none', speakerPhrase: f.phrase });
        }
        const quotation: Quotation = {
          id: `${article.id}#${paragraph.index}:${start}`,
          articleId: article.id,
          paragraph: paragraph.index,
          start,
          end,
          quote: withoutDanglingPunctuation(f.words ?? paragraph.text.slice(start, end)),
          text: text.trim(),
          context: paragraph.text,
          kind: f.kind,
          heading,
          how: speaker ? f.how : f.how === 'continuation' ? 'none' : f.how,
          speakerPhrase: f.phrase,
          speaker,
          lang: article.lang,
        };
        quotations.push(quotation);
        read.push({ f, quotation });
        const span = f.kind === 'direct' ? spans.find((q) => q.start === start) : undefined;
        if (span?.unclosed && !heading && (f.how === 'continuation' || f.how === 'none')) {
          // A quotation over three paragraphs or more: the first ones wait for the same attribution.
          (pending.runOn ??= { paragraph: paragraph.index, quotations: opensParagraph && carried ? [...carried] : [] }).quotations.push(quotation);
        }
      }
      shareListSpeaker(read, text, p);
      const { phrase: subject, verbAt } = sentenceSubject(masked, p);
      const unknown = subject !== null && cast.unknownPerson(subject);
      // A subject the lists miss (a verb not among them, an introductory phrase, an apposition): the person the clause opens with.
      // "Health Minister X opened the session by defending the plan his department raised": a subject read back from a verb
      // of the lists deep in the sentence may be the whole clause before it; the person it opens with is its subject.
      const opening = leadingSubject(masked.slice(0, verbAt), p);
      const leading = !unknown || (opening !== null && subject !== null && subject.startsWith(opening) && finiteVerbAt(subject, p) === Infinity && subject.length > opening.length + 20) ? opening : null;
      // "Sa mère, X, était là. La veille, elle avait appris la nouvelle. « … », a-t-elle confié": a subject pronoun that
      // fits the person the sentence before (same paragraph) was about keeps the paragraph about them.
      // The pronoun may follow an opening phrase the subject reading took for the subject ("La veille, elle avait…").
      const beforeVerb = masked.slice(0, verbAt).trim().split(/[\s,]+/u);
      const subjectPronoun = beforeVerb.length > 0 && verbAt < masked.length ? beforeVerb[beforeVerb.length - 1] : subject;
      const before = aboutBefore as { paragraph: number; member: CastMember | null } | null;
      const pronounAbout: CastMember | null = subjectPronoun && before?.paragraph === paragraph.index && before.member ? cast.carriedByPronoun(subjectPronoun, before.member) : null;
      const about: CastMember | null = pronounAbout ?? (subject ? cast.known(subject) : null) ?? (leading ? cast.known(leading) : null) ?? ownerOfSubject(subject, cast, p);
      // "Devant l'agence, le directeur de Horizons Voyages ne cache pas son émotion.": a sentence opening with the head of a
      // named organisation (a verb the lists miss) is about that unnamed person.
      const bodyHead = !about && !unknown && subject === null && leading === null ? headOfNamedBody(masked.slice(0, verbAt), p) : null;
      aboutBefore = about ? { paragraph: paragraph.index, unit: unitIndex, member: about } : bodyHead ? { paragraph: paragraph.index, unit: unitIndex, member: null, subject: bodyHead, bodyHead: true } : unknown ? { paragraph: paragraph.index, unit: unitIndex, member: null, subject: subject ?? undefined } : null;
      // The sentence is about this person even when they are not its opening words ("Au lendemain…, la ministre, X, s'est montrée…").
      if (about) cast.aboutSentence(about);
      if (about?.kind === 'person') aboutPerson = { paragraph: paragraph.index, member: about };
    }
    if (answered) cast.spoke(answered);
  }
  return { article, quotations, cast };
}

/**
 * "Roussillon's response was…", "La réponse de Roussillon a été…": a subject that is a named person's thing, not a
 * person ("response", not "sister"), makes the sentence about that person, so a pronoun next may stand for them.
 */
function ownerOfSubject(subject: string | null, cast: ArticleCast, p: SpeechPatterns): CastMember | null {
  if (!subject) return null;
  const person = (w: string) => p.feminine.has(foldWord(w)) || p.masculine.has(foldWord(w)) || p.titles.includes(foldWord(w));
  const words = subject.trim().split(/\s+/u);
  // "X's response": the possessive, then one lower-case noun.
  if (words.length >= 2 && POSSESSIVE_WORD.test(words[words.length - 2]) && /^\p{Ll}+$/u.test(words[words.length - 1])) {
    if (person(words[words.length - 1])) return null;
    const owner = cast.owner(words.slice(0, -1).join(' ').replace(/['’]s$/u, ''));
    return owner?.kind === 'person' ? owner : null;
  }
  // "La réponse de X": a determiner, one lower-case noun, an of-determiner, then a capitalised name.
  const [det, noun, of, ...name] = words.flatMap((w) => w.split(/(?<=['’])/u));
  if (det && noun && of && name.length && p.determiners.has(foldWord(det)) && /^\p{Ll}+$/u.test(noun) && !person(noun) && p.data.ofDeterminers.includes(foldWord(of)) && name.every((w) => /^\p{Lu}/u.test(w))) {
    const owner = cast.owner(name.join(' '));
    return owner?.kind === 'person' ? owner : null;
  }
  return null;
}
const POSSESSIVE_WORD = /\p{Lu}[\p{L}-]*['’]s$/u;

/** Attributions by a reporting verb of their own, stronger than a narration's subject. */
const BY_VERB: AttributionHow[] = ['postposed', 'inverted', 'preposed', 'according', 'clause-final', 'participle'];

/**
 * Quoted fragments listed in one sentence ("pour « A » et « B », a-t-on appris", "called it \"A\"
 * and \"B\""), with nothing but "et"/"and" or a comma between them, are one report: they share one
 * speaker, the one a reporting verb gives, else the sentence's subject.
 */
function shareListSpeaker(read: { f: { kind: string; how: AttributionHow; start: number; end: number }; quotation: Quotation }[], text: string, p: SpeechPatterns): void {
  const joined = p.listJoin;
  const direct = read.filter((r) => r.f.kind === 'direct');
  for (let i = 0; i < direct.length; ) {
    let j = i + 1;
    while (j < direct.length && direct[j - 1].f.end <= direct[j].f.start && joined.test(text.slice(direct[j - 1].f.end, direct[j].f.start))) j++;
    const list = direct.slice(i, j);
    i = j;
    if (list.length < 2) continue;
    const source = list.find((r) => r.quotation.speaker && BY_VERB.includes(r.f.how)) ?? list.find((r) => r.quotation.speaker);
    if (!source) continue;
    for (const r of list) if (r.quotation.speaker !== source.quotation.speaker) Object.assign(r.quotation, { speaker: source.quotation.speaker, how: source.quotation.how, speakerPhrase: source.quotation.speakerPhrase });
  }
}

/** A cleft sentence's focus: "C'est donc la première adjointe, X, qui devrait…", "It is the deputy, X, who will…". */
const CLEFT = /^\P{L}*(?:c['’]est|ce sont|it is|it was|it's)\s+(?:(?:donc|alors|désormais|therefore|now)\s+)?(.{3,80}?),?\s+(?:qui|who)\s/iu;

/**
 * Whether a quotation's verb of speech lies inside the clause another verb of speech reports, and is no words spoken of
 * its own: told as yet to come ("X said the union would call a strike « … »") or closed by its own clause before a colon
 * ("X told the paper that residents had warned that the dyke was weak: « … »"). The quotation is the reporting speaker's.
 */
function reportedWithin(masked: string, f: { kind: string; how: AttributionHow; at: number; verbAt: number | null }, indirect: IndirectSpeech, p: SpeechPatterns): boolean {
  if (f.kind !== 'direct' || f.how !== 'preposed' || f.verbAt === null || indirect.how !== 'preposed' || indirect.verbAt === null) return false;
  if (f.verbAt <= indirect.verbAt || f.verbAt < indirect.start || f.verbAt >= indirect.end) return false;
  const words = (s: string) => s.split(/[^\p{L}'’]+/u).filter(Boolean).map(foldWord);
  const before = words(masked.slice(indirect.start, f.verbAt)).pop() ?? '';
  const verbOn = words(masked.slice(f.verbAt, f.at));
  const prospective = [before, verbOn[0] ?? ''].some((w) => p.data.prospectiveAuxiliaries.includes(w));
  const ownClause = verbOn.slice(1).some((w) => p.data.complementisers.includes(w)) && /:\s*$/u.test(masked.slice(f.verbAt, f.at));
  return prospective || ownClause;
}

/** Where the first finite verb or auxiliary of the lists is (not after a determiner), Infinity when none. */
function finiteVerbAt(text: string, p: SpeechPatterns): number {
  return Math.min(firstMatch(p.finiteAux, text, p), firstMatch(p.finiteVerb, text, p));
}

/**
 * The subject of a sentence's first verb ("La ministre a reçu…" → "La ministre"), quotations
 * masked, and where that verb is (the sentence's length when no verb of the lists is found).
 * A verb form after a determiner is a noun ("de l'annonce du contrôle"), not the verb. A cleft
 * sentence is about its focus.
 */
function sentenceSubject(masked: string, p: SpeechPatterns): { phrase: string | null; verbAt: number } {
  const cleft = CLEFT.exec(masked);
  if (cleft) return { phrase: cleft[1].trim(), verbAt: cleft.index + cleft[0].length };
  const at = finiteVerbAt(masked, p);
  if (at !== Infinity) return { phrase: subjectBefore(masked, at, p), verbAt: at };
  // A verb not in the lists ("Le coureur conteste.", "The rider denies it."): a determiner and a person noun open the sentence.
  const [det, noun] = masked.trim().split(/\s+/u);
  const person = (w: string | undefined) => w !== undefined && (p.feminine.has(foldWord(w)) || p.masculine.has(foldWord(w)));
  return { phrase: det && p.determiners.has(foldWord(det)) && person(noun) ? `${det} ${noun}` : null, verbAt: masked.length };
}

/**
 * The named person a clause opens with, whatever its verb ("Joint par téléphone, l'éleveur,
 * Jean Dupont, 54 ans, ne cache pas…", "Reached by phone, the skipper, Alan Pryce, sounded…"):
 * after introductory phrases (a connective, a preposition, a participle and its complement), a
 * name with nothing but determiners and titles before it ("le maire Jean Dupont"), or a short
 * description set apart before a name of its own ("l'éleveur, Jean Dupont"). `head` is the text
 * before the clause's verb when one is known. Null when anything else opens the clause ("Les
 * grévistes attendent Jean Dupont": the name is an object).
 */
function leadingSubject(head: string, p: SpeechPatterns): string | null {
  // "18h20 — Marie Roux, 64 ans, ne cache pas…": a live-blog entry's time stamp opens no clause.
  const clause = withoutClockTime(head.replace(DATELINE, '')).split(/[;:·«»“”"()]/u)[0];
  const chunks = clause.split(',').map((c) => c.trim());
  let i = 0;
  while (i < chunks.length - 1 && introductory(chunks[i], p)) i++;
  const tokens = tokenizePhrase(chunks[i]);
  if (tokens.length === 0) return null;
  const titles = titleMask(tokens, p);
  const runs = nameRuns(tokens, chunks[i], p);
  const run = runs[0];
  // The first name that is no possessive: "France's digital minister Nadia Berrada" → Nadia Berrada, the possessive only describes her.
  // "Opposition leader Anne Roux", "Union chief X": a lone capitalised word opening the clause, then lower-case title words
  // right up to a name, modifies the title; the name after it is the person.
  const modifier = (r: NameRun) => {
    const next = runs[runs.indexOf(r) + 1];
    return i === 0 && r.from === 0 && r.to === 1 && next !== undefined && next.from > r.to && tokens.slice(r.to, next.from).every((_, k) => titles[r.to + k]);
  };
  const named = runs.find((r) => !POSSESSIVE.test(tokens[r.to - 1].text) && !modifier(r));
  const describes = (t: Token, k: number) =>
    titles[k] || p.determiners.has(t.folded) || p.honorificWords.has(t.text) || NAME_LINKS.has(t.folded) || isAcronym(t) || isCapitalised(t) || preModifier(tokens, titles, k, named?.from ?? 0, p);
  // Not a name after "de"/"of" ("l'avocat de Jean Dupont": the lawyer is the subject), nor a possessive ("John Smith's lawyer").
  // "Pas un mot, …", "Nombre d'entre eux…": a lone capital opening the sentence, then an article or a preposition, is
  // the sentence's first word, not a name.
  const after = named ? tokens[named.to] : undefined;
  const sentenceInitial = named?.from === 0 && named.to === 1 && i === 0 && after !== undefined && (p.determiners.has(after.folded) || p.phraseStops.has(after.folded)) && !NAME_LINKS.has(after.folded);
  const subjectRun = named && !sentenceInitial && tokens.slice(0, named.from).every(describes) && !(named.from > 0 && NAME_LINKS.has(tokens[named.from - 1].folded)) ? named : undefined;
  if (subjectRun) {
    // "Jean Dupont et sa femme…": two people, no one subject.
    const next = tokens[subjectRun.to];
    if (next && p.data.coordinators.includes(next.folded)) return null;
    return chunks[i].slice(0, tokens[organisationNameEnd(tokens, subjectRun, p) - 1].end);
  }
  // "l'éleveur, Jean Dupont, …", "l'avocat de la famille, Jean Roux, …", "Tom Reilly's sister, Ann Grey, …": a description
  // opened by a determiner or a possessive, then a name alone.
  const apposed = chunks[i + 1] ? tokenizePhrase(chunks[i + 1]) : [];
  const name = apposed.length ? nameRuns(apposed, chunks[i + 1], p)[0] : undefined;
  const opensDescription = p.determiners.has(tokens[0].folded) || (run?.from === 0 && /['’]s$/u.test(tokens[run.to - 1].text));
  const description = opensDescription && tokens.length <= APPOSED_DESCRIPTION_WORDS && tokens.every((t) => !p.phraseStops.has(t.folded) || NAME_LINKS.has(t.folded));
  if (description && name && name.from === 0 && name.to === apposed.length) return `${chunks[i]}, ${chunks[i + 1]}`;
  return null;
}

/**
 * An English lower-case word inside the title right before a name ("digital" in "France's digital
 * minister Nadia Berrada", "former" in "the bank's former chief executive X"): only lower-case
 * words and titles up to the name, and a title right before it. "the minister met John Smith" has
 * no title before the name: John Smith is no subject.
 */
function preModifier(tokens: Token[], titles: boolean[], k: number, nameAt: number, p: SpeechPatterns): boolean {
  if (p.lang !== 'en' || k >= nameAt || !titles[nameAt - 1] || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(tokens[k].text)) return false;
  return tokens.slice(k, nameAt).every((t, j) => titles[k + j] || (/^\p{Ll}/u.test(t.text) && !p.phraseStops.has(t.folded) && !p.pronouns.has(t.folded)));
}

/** Whether the sentence's speech verb goes on with what was said before ("she added", "ajoute-t-il"). */
function continuing(masked: string, p: SpeechPatterns): boolean {
  return p.continuingVerb?.test(masked) ?? false;
}

/** A description opened by a demonstrative and naming no one ("ce cariste", "this worker"). */
function demonstrative(phrase: string, text: string, p: SpeechPatterns): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !p.data.demonstratives.includes(foldWord(w))))) return false;
  if (words.length > 1 && p.data.demonstratives.includes(foldWord(words[0]))) return true;
  // "says this welder": the demonstrative may have been read as part of a time phrase ("this morning") and left out.
  const before = new RegExp(`(?<![\\p{L}])(?:${p.data.demonstratives.map(escapeRegExp).join('|')})\\s+${escapeRegExp(phrase.trim())}(?![\\p{L}])`, 'iu');
  return before.test(text);
}

/** A dialogue dash opening an interview line: "— Comment avez-vous appris la nouvelle ?". */
/**
 * A title of a work, a paper or a ship between quotation marks: two to five words, the first a
 * determiner and the second capitalised ("La Fileuse endormie", "The Sleeping Spinner"), with no
 * verb nor sentence punctuation ("The President is wrong" stays a quotation). Next to a noun for a
 * work ("the drama \"Northern Lights\"", « « Les Nuits blanches », film controversé ») or before its
 * author ("« Les Nuits blanches » de X"), words in title case are a title too, determiner or not.
 */
function workTitle(words: string, before: string, after: string, p: SpeechPatterns, heading = false): boolean {
  // Where a title stands: after a preposition ("avec", "with", "de"), in parentheses, or as the subject of the verb after it.
  const last = foldWord(/(\S+)\s*$/u.exec(before)?.[1] ?? '');
  // "By Sunday night \"Northern Lights\" had sold…": words as the subject of the verb after them.
  const subjectOfVerb = /^\s*\p{Ll}/u.test(after) && [...after.slice(0, 20).matchAll(p.finiteAux)].length > 0;
  const placed = p.data.titlePrepositions.includes(last) || /\(\s*$/u.test(before) || /^\s*\(\s*\d{4}\s*\)/u.test(after) || (/^\s*$/u.test(before) && subjectOfVerb);
  const besideWork = workNounBeside(before, after, p) || AUTHOR_AFTER.test(after) || (subjectOfVerb && !heading);
  const shouted = words === words.toUpperCase();
  if ((!besideWork || shouted) && (heading || !placed)) return false;
  const tokens = words.trim().split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 5 || /[.!?…,;:]/u.test(words)) return false;
  const [first, second] = tokens;
  // A title may be in the other language than the article ("They escaped with \"La Fileuse endormie\"").
  const determiner = (['fr', 'en'] as const).some((lang) => speechPatterns(lang).determiners.has(foldWord(first)));
  const article = /^\p{Lu}/u.test(first) && determiner && /^\p{Lu}/u.test(second);
  // Title case: every word capitalised but the short links between them ("Les Cendres du Nord", "Rock of Ages").
  // Words in capitals are shouted, not a title ("THE FIGHT STARTS NOW").
  const titleCase = besideWork && tokens.every((t, i) => /^\p{Lu}(?:\p{Ll}|['’-]|$)/u.test(t) || (i > 0 && i < tokens.length - 1 && TITLE_LINKS.has(foldWord(t))));
  if (!article && !titleCase) return false;
  return [...words.matchAll(p.finiteAux)].length === 0 && [...words.matchAll(p.finiteVerb)].length === 0;
}

/** Short words left in lower case inside a title: "Les Cendres du Nord", "Rock of Ages". */
const TITLE_LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', 'et', 'a', 'au', 'aux', 'en', 'of', 'the', 'and', 'in', 'on', 'to', 'for', 'an']);
/** "« … » de Maren Solvik", "\"…\" by Jane Roe": a work's author after its title. */
const AUTHOR_AFTER = /^\s*(?:de|d['’]|by)\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** A noun for a work right before the quotation marks ("le film", "drama"), or in apposition after them (", a drama", ", film"). */
function workNounBeside(before: string, after: string, p: SpeechPatterns): boolean {
  const nounBefore = foldWord(/(\S+)\s*$/u.exec(before)?.[1] ?? '');
  if (p.data.workNouns.includes(nounBefore)) return true;
  const apposition = /^\s*,\s*(?:(?:a|an|the|un|une|le|la|l['’])\s*)?(\S+)/u.exec(after)?.[1];
  return apposition !== undefined && p.data.workNouns.includes(foldWord(apposition));
}

/**
 * The name of a list, a party or a movement between quotation marks, next to the noun of its kind (language data:
 * namedBodyNouns): « la liste « Agir ensemble » », "the \"Forward Together\" list". A short capitalised phrase, no
 * sentence punctuation nor verb of the lists ("le parti « a trahi ses électeurs »" stays a quotation).
 */
function bodyName(words: string, before: string, after: string, p: SpeechPatterns): boolean {
  const nounBefore = foldWord(/(\S+)\s*$/u.exec(before)?.[1] ?? '');
  const nounAfter = foldWord(/^\s*(\S+)/u.exec(after)?.[1] ?? '');
  if (!p.data.namedBodyNouns.includes(nounBefore) && !p.data.namedBodyNouns.includes(nounAfter)) return false;
  const tokens = words.trim().split(/\s+/u);
  if (tokens.length > 5 || !/^\p{Lu}/u.test(tokens[0]) || /[.!?…,;:]/u.test(words)) return false;
  return [...words.matchAll(p.finiteAux)].length === 0 && [...words.matchAll(p.finiteVerb)].length === 0;
}

/** Whether a noun naming a level or a category (language data: termNouns) stands right before or right after a quotation. */
function termNounBeside(before: string, after: string, p: SpeechPatterns): boolean {
  const prev = foldWord(/([\p{L}'’-]+)\s*[«“"„‘]?\s*$/u.exec(before)?.[1] ?? '');
  const next = foldWord(/^\s*[»”"’]?\s*([\p{L}'’-]+)/u.exec(after)?.[1] ?? '');
  return p.data.termNouns.some((n) => foldWord(n) === prev || foldWord(n) === next);
}

const DIALOGUE_DASH = /^\s*[—–]\s+/u;
/** A quotation of one word: letters, digits, an apostrophe or a hyphen inside it. */
const ONE_WORD = /^\s*[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\s*[.,!?…]?\s*$/u;

/** A transcript's label: a capitalised name of one to four words opening the line, then a colon ("Jane Roe: …"). */
const NAME_LABEL = /^\s*(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}'’.-]*){0,3})\s?:\s+(?=\S)/u;

/**
 * The guest a title names after the language's interviewIntros (« Entretien avec Margaux Delorme », "Interview with X"):
 * the person who answers an interview's unlabelled lines, whoever the intro paragraph names last. Null when no title does.
 */
function titledGuest(titles: string[], cast: ArticleCast, p: SpeechPatterns): CastMember | null {
  for (const title of titles) {
    const folded = title.toLowerCase();
    for (const intro of p.data.interviewIntros) {
      const at = folded.indexOf(intro);
      if (at < 0 || (at > 0 && /\p{L}/u.test(folded[at - 1]))) continue;
      const rest = title.slice(at + intro.length);
      const tokens = tokenizePhrase(rest);
      const run = nameRuns(tokens, rest, p).find((r) => r.from <= 3);
      if (!run || run.to - run.from < 2) continue;
      const member = cast.resolve(rest.slice(tokens[run.from].start, tokens[run.to - 1].end));
      if (member?.kind === 'person' && member.name) return member;
    }
  }
  return null;
}

/**
 * The person an interview printed as dialogue is with: the person the sentence before the first
 * line was about ("Mathis Lebreton… Il a répondu à nos questions."), else the last person the
 * paragraph before names ("Trois questions à Me Nadia Ferhat, avocate…").
 */
function interviewee(before: { text: string; index: number } | null, about: { paragraph: number; member: CastMember | null } | null, cast: ArticleCast, p: SpeechPatterns): CastMember | null {
  if (!before) return null;
  if (about?.paragraph === before.index && about.member?.kind === 'person') return about.member;
  const tokens = tokenizePhrase(before.text);
  for (const run of nameRuns(tokens, before.text, p).reverse()) {
    const member = cast.known(before.text.slice(tokens[run.from].start, tokens[run.to - 1].end));
    if (member?.kind === 'person') return member;
  }
  return null;
}

/**
 * The issuer of a document a verbless line introduces with a colon: "16h30 — Publication de la Ville de X sur les réseaux
 * sociaux, relayée des milliers de fois :" → "la Ville de X", "Statement from the city of X:" → "the city of X". Null when
 * the line opens with no document noun, holds a verb or quotation marks, or names no issuer.
 */
function documentIntroduced(line: string, p: SpeechPatterns): string | null {
  const colon = /:\s*$/u.exec(line);
  if (!colon) return null;
  const clause = withoutClockTime(line.slice(0, colon.index)).trim();
  if (/[;:«»“”"]/u.test(clause)) return null;
  const chunk = clause.split(',')[0].trim();
  const [noun, link = '', ...after] = chunk.split(/\s+/u);
  if (after.length === 0 || after.length > 14 || !/^\p{Lu}/u.test(noun) || !p.documents.has(foldWord(noun)) || finiteVerbAt(chunk, p) !== Infinity) return null;
  const linked = foldWord(link);
  let words: string[];
  if (linked === 'du') words = ['le', ...after];
  else if (linked === 'des') words = ['les', ...after];
  else if (/^d['’]\p{L}/u.test(link)) words = [link.slice(2), ...after];
  else if (ISSUER_LINKS.includes(linked)) words = after;
  else return null;
  // The issuer runs to a preposition of place or circumstance ("sur les réseaux sociaux", "on X").
  const stop = words.findIndex((w, i) => i > 0 && (p.data.circumstancePrepositions.includes(foldWord(w)) || p.data.placePrepositions.includes(foldWord(w))));
  const issuer = words.slice(0, stop < 0 ? undefined : stop);
  // Someone who can speak: a name, or an organisation's noun ("la préfecture"), never "Bilan de la journée".
  return issuer.some((w, i) => (i > 0 || issuer.length === 1) && /^\p{Lu}/u.test(w)) || issuer.some((w) => p.organisations.has(foldWord(w))) ? issuer.join(' ') : null;
}

/**
 * "Sa publication de mardi sur les réseaux sociaux, rédigée tout en majuscules, « … »", "His post on Tuesday, \"…\"": a
 * sentence opening with a possessive and a document noun, with no verb before the quotation, prints that person's
 * words. So does a possessive and a noun of something said before a colon, an adjective between them ("Her answer:
 * \"…\"", "Her opening line, in our translation: \"…\"", « Sa réponse : « … » »). The subject pronoun the possessive
 * stands for ("il", "he"), else null.
 */
function possessiveDocument(before: string, p: SpeechPatterns): string | null {
  const colon = /:\s*$/u.exec(before);
  const clause = colon ? before.slice(0, colon.index) : before;
  const words = clause.trim().split(/\s+/u);
  if (words.length > 16 || /[;:«“"]/u.test(clause) || finiteVerbAt(clause, p) !== Infinity) return null;
  const pronoun = p.data.possessivePronouns.find(([w]) => foldWord(words[0]) === w)?.[1];
  if (!pronoun) return null;
  const noun = (i: number) => foldWord((words[i] ?? '').replace(/[,.]$/u, ''));
  if (words.length >= 2 && p.documents.has(noun(1))) return pronoun;
  return colon && [1, 2].some((i) => p.utteranceNouns.has(noun(i)) && !/,$/u.test(words[i - 1])) ? pronoun : null;
}

/**
 * The person a colon introduces, whatever the verb before it: "Marc Roux, magasinier, sort une
 * lettre : « … »", "Ann Lee, an analyst, on the figures: \"…\"", or a verbless line that names
 * them after its first noun ("16h05 — Réaction de Jacques Morel, président de la région : « … »").
 * `before` is the masked text up to the quotation, which must end with the colon. Null when the
 * clause does not open with a person ("Les grévistes attendent Jean Dupont : « … »").
 */
function colonIntroducer(before: string, p: SpeechPatterns): string | null {
  const colon = /:\s*$/u.exec(before);
  if (!colon) return null;
  const clause = withoutClockTime(before.slice(0, colon.index));
  if (/[;:]/u.test(clause)) return null;
  const leading = leadingSubject(clause, p);
  // A verbless line: a capitalised noun, "de"/"of", then the name and its apposition (the noun alone is no speaker).
  const m = /^\s*(\p{Lu}\p{Ll}+)\s+(?:de|d['’]|of|from)\s*(?=\p{Lu})(.+)$/u.exec(clause);
  if (leading && !(m && leading.trim() === m[1])) return leading;
  const titled = titledSubject(clause, p);
  if (titled) return titled;
  if (!m || finiteVerbAt(clause, p) !== Infinity) return null;
  const named = m[2];
  const chunks = named.split(',').map((c) => c.trim());
  const tokens = tokenizePhrase(chunks[0]);
  const run = nameRuns(tokens, chunks[0], p)[0];
  if (!run || run.from !== 0) return null;
  if (run.to === tokens.length) return named.trim();
  // "Réaction de Malik Roux au micro de Radio X :", "Reaction from Ann Lee on Radio X:": a phrase opened by a preposition
  // after the name says where the words were said; the name alone speaks, never the station.
  const next = tokens[run.to].folded;
  const where = (p.data.functionWords.includes(next) && !p.data.coordinators.includes(next)) || p.data.circumstancePrepositions.includes(next) || p.data.placePrepositions.includes(next);
  return where && chunks.length === 1 ? chunks[0].slice(0, tokens[run.to - 1].end).trim() : null;
}

/**
 * The subject pronoun of a short clause ending with a colon that opens the sentence ("Elle y
 * tient : le cadre vide restera « … »", "She was adamant: the frame stays \"…\""): what follows the
 * colon is that person's statement. Null for an impersonal clause ("Il faut le dire :").
 */
function pronounColon(before: string, p: SpeechPatterns): string | null {
  const colon = before.indexOf(':');
  if (colon < 0) return null;
  const clause = before.slice(0, colon).replace(DATELINE, '').trim();
  if (/[,;«»“”"·()]/u.test(clause) || /[«»“”"·]/u.test(before.slice(colon + 1))) return null;
  const words = clause.split(/\s+/u);
  const first = foldWord(words[0] ?? '');
  if (words.length < 2 || words.length > 6 || !p.pronouns.has(first) || p.data.impersonalPronouns.includes(first)) return null;
  const folded = words.map(foldWord).join(' ');
  if (p.data.impersonalClauses.some((c) => folded === foldWord(c) || folded.startsWith(`${foldWord(c)} `))) return null;
  return words[0];
}

/**
 * The speaker a sentence pointing back to the quotation before it names: "C'est ainsi que la Pr
 * X, cardiologue, résume le travail de son équipe." → "la Pr X, cardiologue" (the subject before
 * a reporting verb). Null when the sentence does not open so, or has no reporting verb.
 */
function backReferenceSpeaker(unit: Unit | undefined, paragraph: string, p: SpeechPatterns): { phrase: string; text: string } | null {
  if (!unit) return null;
  const text = paragraph.slice(unit.start, unit.end);
  if (/[«“„"]/u.test(text)) return null;
  // "\"THEY STOLE OUR FINAL!\" That was the furious verdict of Rovers manager X after…": the person after "of", up to a
  // comma or a word that ends a noun phrase.
  const remark = p.remarkReference.exec(text)?.groups?.rest;
  if (remark) {
    const tokens = tokenizePhrase(remark.split(',')[0]);
    const stop = tokens.findIndex((t, i) => i > 0 && p.phraseStops.has(t.folded));
    const phrase = (stop < 0 ? remark.split(',')[0] : remark.slice(0, tokens[stop].start)).replace(/[.!?]\s*$/u, '').trim();
    return phrase && !p.pronouns.has(foldWord(phrase)) ? { phrase, text } : null;
  }
  const rest = p.backReference.exec(text)?.groups?.rest;
  if (!rest) return null;
  const at = finiteVerbAt(rest, p);
  if (at === Infinity) return null;
  // The person, without the description set apart after them ("la Pr X, cardiologue à…, résume").
  const phrase = (subjectBefore(rest, at, p) ?? leadingSubject(rest.slice(0, at), p))?.split(',')[0].trim();
  return phrase && !p.pronouns.has(foldWord(phrase)) ? { phrase, text } : null;
}

/**
 * A verbless clause before a colon that opens with a connective and names no one: "Puis, la voix
 * serrée : « … »", "Then, quietly: \"…\"" (the words are the previous speaker's, carried on).
 */
function connectiveColon(before: string, p: SpeechPatterns): boolean {
  const colon = /:\s*$/u.exec(before);
  if (!colon) return false;
  const clause = withoutClockTime(before.slice(0, colon.index));
  const sentence = clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf('!'), clause.lastIndexOf('?')) + 1).trim();
  const chunks = sentence.split(',').map((c) => c.trim()).filter(Boolean);
  if (chunks.length === 0 || !p.connectives.has(foldWord(chunks[0]))) return false;
  const rest = chunks.slice(1).join(', ');
  return finiteVerbAt(sentence, p) === Infinity && !/\p{Lu}/u.test(rest) && rest.split(/\s+/u).filter(Boolean).length <= 6;
}

/**
 * The head of a named organisation a clause opens with, after introductory phrases: a definite determiner, title words,
 * "de"/"of" and a capitalised name ("le directeur de Horizons Voyages ne cache pas…", "the head of Northwind Ferries
 * looked…") → that phrase up to the name's end. Null for anything else.
 */
function headOfNamedBody(head: string, p: SpeechPatterns): string | null {
  const chunks = withoutClockTime(head.replace(DATELINE, '')).split(/[;:·«»“”"()]/u)[0].split(',').map((c) => c.trim());
  let i = 0;
  while (i < chunks.length - 1 && introductory(chunks[i], p)) i++;
  const tokens = tokenizePhrase(chunks[i]);
  if (tokens.length < 4 || !p.determiners.has(tokens[0].folded) || NAME_LINKS.has(tokens[0].folded)) return null;
  const titles = titleMask(tokens, p);
  let k = 1;
  while (k < tokens.length && titles[k] && /^\p{Ll}/u.test(tokens[k].text)) k++;
  if (k === 1 || !NAME_LINKS.has(tokens[k]?.folded ?? '')) return null;
  let end = k + 1;
  while (end < tokens.length && isCapitalised(tokens[end])) end++;
  // One or two capitalised words may be a place or a person ("le maire de Lyon", "the lawyer of Tom Reilly"); a body's
  // name runs longer.
  if (end - (k + 1) < 3) return null;
  return chunks[i].slice(0, tokens[end - 1].end);
}

/**
 * A clause that opens with a role, its verb right after: "The prosecutor put it bluntly: \"…\"",
 * "La procureure a haussé le ton : « … »" → the role ("The prosecutor"). A determiner, at most two
 * lower-case words ending in a title, then a lower-case word; no comma.
 */
function titledSubject(clause: string, p: SpeechPatterns): string | null {
  if (/[,;]/u.test(clause)) return null;
  const tokens = tokenizePhrase(clause.replace(DATELINE, '').trim());
  if (tokens.length < 3 || !p.determiners.has(tokens[0].folded) || NAME_LINKS.has(tokens[0].folded)) return null;
  const titles = titleMask(tokens, p);
  for (let k = 1; k <= 3 && k < tokens.length - 1; k++) {
    if (!/^\p{Ll}/u.test(tokens[k].text)) return null;
    if (titles[k] && !titles[k + 1] && /^\p{Ll}/u.test(tokens[k + 1].text) && !NAME_LINKS.has(tokens[k + 1].folded) && !p.determiners.has(tokens[k + 1].folded)) {
      const from = clause.indexOf(tokens[0].text);
      return clause.slice(from, clause.indexOf(tokens[k].text, from) + tokens[k].text.length);
    }
  }
  return null;
}

/** Links inside a title or a name ("ministre de l'Agriculture", "Le Goff"). */
const NAME_LINKS = new Set(['de', 'du', 'des', "d'", 'of']);
/** Longest description set apart before a name ("le patron de la criée, X"), in words. */
const APPOSED_DESCRIPTION_WORDS = 8;

/** A phrase opening a sentence before its subject: "Cependant", "À Plémet", "Joint par téléphone", "Reached by phone". */
function introductory(chunk: string, p: SpeechPatterns): boolean {
  const words = chunk.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const [first, second] = words.map(foldWord);
  if (p.connectives.has(first) || p.connectives.has(`${first} ${second}`) || p.phraseStops.has(first) || p.adverb.test(words[0])) return true;
  // A participle and its complement: "Joint par l'AFP", "Reached by phone", "Interrogée sur France Bleu".
  return second !== undefined && !p.determiners.has(first) && !p.honorificWords.has(words[0]) && p.phraseStops.has(second) && !NAME_LINKS.has(second);
}


/**
 * An attribution inside the quotation marks: "« Nous avons prévenu nos clients, a expliqué sa
 * porte-parole, Élise Garnier. Tous seront remboursés »" → the speaker phrase, and the words
 * without the incise. The incise must sit between two parts of the quotation and end with
 * "." or ",".
 */
function inciseWithin(text: string, q: { start: number; end: number }, p: SpeechPatterns): { phrase: string; pronoun: boolean; words: string } | null {
  const inner = text.slice(q.start, q.end);
  for (const c of inner.matchAll(/,/gu)) {
    const before = inner.slice(0, c.index);
    if (before.trim().split(/\s+/u).length < 2) continue;
    const rest = inner.slice(c.index);
    let to = -1;
    let phrase: string | null = null;
    let pronoun = false;
    const inv = p.invertedPronoun.exec(rest);
    if (inv) {
      to = inv[0].length;
      phrase = inv.groups?.pron ?? inv.groups?.pron2 ?? inv.groups?.pron3 ?? null;
      pronoun = true;
    } else {
      const vs = p.verbThenSubject.exec(rest);
      const np = vs?.groups?.rest ? (subjectAfterVerb(vs.groups.rest, p)?.phrase ?? null) : null;
      if (np) {
        const last = np.split(/\s+/u).pop()!;
        const at = rest.indexOf(last, rest.length - vs!.groups!.rest.length);
        if (at >= 0) {
          to = at + last.length;
          phrase = np;
        }
      }
    }
    if (to < 0 || !phrase) continue;
    // "…, a lancé X, juchée sur une palette. Ce site vivra", "…, said X, the union's leader. Then…": a description of the
    // speaker (a determiner or a participle, no verb of its own) up to the sentence's end belongs to the attribution.
    const described = /^\s*,\s*([^.!?]{2,140}?)([.!?])\s+(?=\p{Lu})/u.exec(rest.slice(to));
    if (described) {
      const words = described[1].trim().split(/\s+/u);
      const first = foldWord(words[0]);
      // Or a phrase of place, time or manner ("dans l'hémicycle", "in the chamber"), no verb of its own either.
      const circumstance = /^\p{Ll}/u.test(words[0]) && [...p.data.asidePrepositions, ...p.data.adverbs].some((w) => foldWord(w) === first);
      const opens = p.determiners.has(first) || /^(?:l|d)['’]/iu.test(words[0]) || /^\p{Ll}+(?:ée?s?|ing|ed)$/u.test(words[0]) || circumstance;
      if (opens && words.length <= 15 && finiteVerbAt(described[1], p) === Infinity) to += described[0].trimEnd().length - 1;
    }
    const close = /^\s*([.,])\s*(?=\p{L})/u.exec(rest.slice(to));
    if (!close || rest.slice(0, to).split(/\s+/u).length > 30) continue;
    const after = rest.slice(to + close[0].length);
    return { phrase, pronoun, words: `${before.trimEnd()}${close[1]} ${after}` };
  }
  return null;
}

/**
 * Whether the quotation after `q` carries on the same sentence across an attribution: the first
 * part ends with a comma, the words between are that attribution ("said Hollis,", "a-t-il dit,")
 * and the second part starts in lower case.
 */
function continuesAfterIncise(text: string, masked: string, q: { start: number; end: number; close: number }, next: { open: number; start: number }, att: Attribution): boolean {
  if (att.how !== 'postposed' && att.how !== 'inverted') return false;
  const between = masked.slice(q.close, next.open);
  const firstEndsOpen = /,\s*$/u.test(text.slice(q.start, q.end)) || /^\s*,/u.test(between);
  return firstEndsOpen && /,\s*$/u.test(between) && between.trim().split(/\s+/u).length <= 10 && /^\p{Ll}/u.test(text.slice(next.start));
}
