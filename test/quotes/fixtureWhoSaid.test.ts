/**
 * Regression net for /who-said on the blind event fixtures: every row of each fixture
 * README's quotation table (transcribed in test/gold/<fixture>.who-said.jsonl) is asked through
 * the real command path, and the first speaker shown is scored against the gold.
 *
 * A row is right when the first result's speaker holds one of its `accept` substrings and none of
 * its `reject` ones (all folded: lower case, no accents, hyphens as spaces). A `noSpeaker` row (unknown speaker, an
 * anonymous witness, a debatable headline) is also right when nothing matches or the first
 * result has no speaker (the command shows "speaker not given"). Each fixture's score must stay
 * at or above its measured floor (a ratchet): raise a floor when a fix lifts the score.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { Answer } from '../../src/engine/answer.js';
import type { CommandDefinition, Locale } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { runCommand } from '../../src/engine/runCommand.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const root = path.resolve(import.meta.dirname, '../..');
/** DEPECHE_WHO_SAID_VERBOSE=1 also prints the rows scored right, with the speaker shown. */
const VERBOSE = process.env.DEPECHE_WHO_SAID_VERBOSE === '1';

interface GoldRow {
  id: string;
  lang: Locale;
  query: string;
  speaker: string;
  accept: string[];
  noSpeaker?: boolean;
  reject?: string[];
  minor?: boolean;
  note?: string;
  articles: string[];
}

interface Outcome {
  row: GoldRow;
  right: boolean;
  got: string;
  forbidden: boolean;
}

// The ratchet: rows right per fixture, measured on 2026-11-27 when this net was written (the gold
// transcribed from the READMEs before looking at any answer): bird-flu 27/27, bank-breach 32/33,
// mayor-verdict 26/30, doping-case 28/28, wildfire 33/35, plant-closure 47/48, referendum 30/34
// (223/235 in all); raised to 225/235 the same day (wildfire Q6 verbatim ranking, plant-closure Q1 headline echo); mayor-verdict 27 (Q3: a parenthesis before the apposition's comma no longer hides "le maire" from Castagnède, fix-refs); referendum 32 (Q18: "la chercheuse" is a title of the same kind as "politologue"; 33 with Q15: "Son homonyme X" opens the sentence with X, fix-refs). A change may raise a floor, never lower it.
const FLOORS: Record<string, number> = {
  'bird-flu': 27,
  'bank-breach': 33,
  // mayor-verdict 30 (Q20: "la juriste" is the one person the article knows by a title of that kind, "professeure de droit", fix-ws).
  'mayor-verdict': 30,
  'doping-case': 28,
  // wildfire 35 (Q10: 'a indiqué ce matin le médecin-chef du SDIS': a demonstrative time phrase after the verb is no part of the speaker).
  wildfire: 35,
  'plant-closure': 48,
  // referendum 34 (fix-phrase2: a live-blog time stamp opens no clause).
  referendum: 34,
  // Added 2026-11-27 (gold transcribed from the READMEs and committed before any answer was seen):
  // summit-talks 33/37, trial-verdict 30/45, coach-sacked 27/37 (90/119 in all).
  // summit-talks 34 (fix-phrase2: a document right before a reporting participle is the source).
  // trial-verdict 31 (fix-phrase2: "Pour elle, le prévenu « … »" gives the view of the pronoun's person).
  // trial-verdict 32 (fix-phrase2: an overlong subject is its head, up to the first preposition).
  // coach-sacked 28 (fix-phrase2: a banner a few words before the colon bears the words, no speaker).
  // trial-verdict 33 (Q1/Q2: "le magistrat" is a general title covering "le procureur" named before, fix-refs2); 36 (Q15/Q16: "Pour l'avocate de la défense" resolved to the named lawyer describes her so for the corpus, fix-refs2); 38 (Q13: "le retraité de 70 ans" is the person the sentence before named, fix-refs2); summit-talks 35 (Q23: "le responsable associatif" is the last speaker, known as "président de l'association", a title "responsable" covers, fix-refs2); coach-sacked 31 (Q10: "le club", "the club" is the club, not a person described with the word, fix-refs2); bank-breach 33 (Q22: "the spokesperson" is the unnamed spokesperson for CNIL who spoke just before, fix-refs2); trial-verdict 39 (Q24: "the prosecutor" no longer guesses among the three victims named the sentence before, fix-refs2); mayor-verdict 28 (Q13: "l'édile" is the one person the corpus knows as "maire de Valombre", fix-refs2); coach-sacked 33 (Q6: the epithet "le Toulousain" opening a sentence stands for Rémi Castéran who opens the next, fix-refs2).
  // After merging both round-2 branches (2026-11-27): summit-talks 36/37, trial-verdict 41/45, coach-sacked 34/37 (343/354 over the ten fixtures).
  'summit-talks': 36,
  // trial-verdict 42 (measured after fx2-quotes2's title-periphrase and pronoun-gender changes).
  'trial-verdict': 42,
  // coach-sacked 35 (Q22: "The midfielder" is a role, the player who spoke just before, known in full from the lead's "JACK WHITMORE", fix-ws).
  'coach-sacked': 35,
  // Added 2026-11-27 (gold transcribed from the READMEs and committed before any answer was seen):
  // health-study 22/27, election-night 18/37 (40/64 in all).
  // After the round-3 fixes (2026-11-27): health-study 27/27, election-night 27/37 (397/418 over the twelve fixtures).
  'health-study': 27,
  // election-night 31 (Q1, Q27: "le nouvel élu", "the mayor-elect" are the person the article said won, fix-ws);
  // 32 (Q19: "À l'en croire, … « … »" gives the words of the source who spoke just before, fix-ws).
  'election-night': 32,
  // Added 2026-11-27 (gold transcribed from the READMEs' quotation tables, never from an answer):
  // museum-heist 26/38, rail-strike 26/34 (52/72 in all).
  // After fix-q2 (speaker-phrase reading): museum-heist 34/38 (Q7 x3: a nickname's namers are no speaker and the quotation
  // opening the next paragraph is the person the paragraph before was about; Q15a: a relative clause inside the apposition;
  // Q19: the post alone in its paragraph after the intro; Q22, Q26 x2: the name set apart after a long relative clause;
  // Q28: "Recoveries, he said,"), rail-strike 28/34 (Q8: "» jeudi, a prévenu X"; Q9: "a calculé");
  // rail-strike 30/34 once a numbered "Most read" box no longer ends the article (Q20, Q23, fix-noise).
  // rail-strike 31 (Q21: "the union leader", an organisation's noun modifying a title, is the person "The SUC's X" named just before, fix-ws2).
  // museum-heist 35 (Q25: "Elle y tient : … « … »", a short pronoun clause before a colon introduces the statement after it, fix-ws2).
  // museum-heist 36 (Q29: "told reporters the suspects had visited…", reported speech after an addressee without "that", fix-ws2).
  // museum-heist 37 (Q8: "que tout le monde appelle « Nanard »" makes "confie Nanard" Bernard Quéméner, fix-ws2).
  'museum-heist': 37,
  // rail-strike 32 (Q22: "thanked passengers for their \"patience\"": verbs of thanks and praise quote their subject's word, fix-ws2).
  // rail-strike 33 (Q27: "la dirigeante syndicale" after a Q/R interview is the general secretary who answered: a leader's role covers "secrétaire générale", and an interview answer is its guest speaking, fix-ws2).
  // rail-strike 34 (Q17: "Les conducteurs, explique-t-il, ont perdu…", a pronoun incise inside a sentence, reports it, so the paragraph's unverbed quotation after it is his, fix-ws2).
  'rail-strike': 34,
  // Added 2026-11-27 (gold transcribed from the READMEs' quotation tables, never from an answer):
  // food-recall 21/28, minister-resigns 32/45 (53/73 in all).
  // food-recall 22 (Q10: "nous a indiqué l'avocate": an object pronoun before the inverted verb is no subject, fix-q3).
  // food-recall 25 (Q2 fr ×2, Q3: "Bertrand Maréchal" is a name in full, a capitalised title word after a first name being
  // a surname where titles are printed in lower case, so "a-t-il déclaré" and "Le dirigeant" are him, fix-ws3).
  'food-recall': 25,
  // minister-resigns 33 (Q24: the outlet "told" is spoken to, no antecedent of "the official said", fix-q3);
  // 34 (Q7 fr: "dans laquelle le directeur de cabinet, X, demande de « … »": the relative clause has its own subject, fix-q3);
  // 35 (Q17 fr: in a newest-first live blog, "a-t-il répété" is the man named in its own time-stamped entry, fix-ws3);
  // 37 (Q16 fr ×2: "Premier discours de X … « … », promet-elle": a person named after "de" in the entry is its antecedent, fix-ws3).
  // 39 (Q19 fr ×2: "estime la présidente du groupe Alliance populaire" is a person's title with an organisation for
  // complement, named by another outlet's "présidente du groupe … à l'Assemblée, Nadia Bensaïd", fix-ws3).
  'minister-resigns': 39,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): ceo-ousted.
  // ceo-ousted 17/21 as written; 21/21 after fix-attr (Q10 en/fr: "the letter reads" is the letter's signers or the letter
  // itself, "écrivent-ils" the plural group named before; Q3: "a person familiar with the matter" kept whole; Q5 fr: "Sa
  // publication de mardi … « … » (« … »)" is the person spoken of before, and the translation in parentheses too).
  'ceo-ousted': 21,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): air-incident 20/21 as
  // written; 21/21 after fix-air (Q7: "an investigator told Skyline Aviation" is an unnamed investigator, neither the outlet
  // spoken to nor the former investigator the article names next).
  'air-incident': 21,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): pension-vote.
  // pension-vote 18/23 as written; 22/23 after fix-law (Q9: "the minister" is not the "Prime Minister"; Q12: "Thierry, maçon de 58 ans"
  // is a person, the sentence's subject; Q15 en: "de La Roche said" is Amaury de La Roche; Q17: "a raillé"); 23 (Q15 fr: "le président du
  // groupe …" right after "c'est Amaury de La Roche qui les a livrées" is the person the cleft set in focus).
  'pension-vote': 23,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): match-controversy.
  // match-controversy 18/26 as written; 25/26 after fix-sport-q (Q1 fr, Q4, Q6 fr: a description with an apposition or an
  // age is the person named before; Q3: "a pesté"; Q9: "Réaction de X au micro de Y :"; Q2: "That was the verdict of X";
  // Q15 fr: "la FOF cite le rapport de l'arbitre X :").
  'match-controversy': 25,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): chemical-spill 12/14 as
  // written; 14/14 after fix-spill (Q13: a live entry after a "Most read" box is no longer cut with the box; Q9: "a state
  // official told the Ledger" is the unnamed official, "state" after an article being no verb).
  'chemical-spill': 14,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): antitrust-fine.
  // antitrust-fine 24/27 as written (a speaker naming a must-not entity now counts wrong: Q4 "Nexora Market").
  // antitrust-fine 26 (Q4 fr+en: the company "Nexora", printed alone before its app store "Nexora Market", is no short form of it; « Si Nexora … » is no name, fix-fine-ws).
  'antitrust-fine': 26,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): earthquake.
  // earthquake 17/19 as written; 19/19 after fix-quake-ws (Q6: "The National Seismic Network (RSN)", "network" being an
  // organisation's noun, is the RSN, not "Seismic Network"; Q10: "a seismologist at the RSN" is the unnamed seismologist).
  earthquake: 19,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): bridge-collapse 17/21 as
  // written (Q8, the embedded post, right only as "no speaker"); 21/21 after fix-bridge-ws (Q17–Q19: a short heading
  // "Trois questions à X, ingénieure" and short "Q : …" lines are no subheadings set aside, so the answers are X's;
  // Q10: "the city of X" is the City of X, not the place).
  'bridge-collapse': 21,
  // Added 2026-11-27 (gold transcribed from the README's quotation table, never from an answer): launch-failure.
  // launch-failure 13/21 as written; 19/21 after fix-launch-ws (Q2, Q3: a name ending in an organisation's word, "X Space",
  // "X Capital", is no person, so "she added" skips it; Q15–Q18: a transcript's "Name:" line after a labelled question);
  // 21/21 (Q13: "ajoute le marin" is the fisherman who spoke before; N2: a "Reply" line no longer opens a reader's comment).
  'launch-failure': 21,
  // Added 2026-11-27 (gold transcribed from the READMEs' quotation tables before any answer was seen): prisoner-swap 17/24,
  // protest-clashes 21/24, power-blackout 22/24 as written. After fix-forms: every "Nom : …" line of a transcript is the
  // guest's, a point put without "?" being the interviewer's; « l'ONG X y » is X y; "**09:15** — Speaking to RTV, X said" is X;
  // an answer after a question set aside is the guest's. After fix-pron: "Sa mère, X … elle avait appris … « … », a-t-elle
  // confié" is the mother; "she added" in a paragraph of its own is the woman who spoke before, not the minister a paragraph
  // between named; "raconte l'opticien", "s'interroge le commerçant" are the shopkeeper just named. Both: 22, 24, 23.
  'prisoner-swap': 22,
  'protest-clashes': 24,
  'power-blackout': 23,
  // Added 2026-11-27 (gold transcribed from the READMEs' quotation tables before any answer was seen): trade-tariffs 21/24,
  // volcano-eruption 23/24 as written (Q1 there right only because "Volcanologist Léa Vasseur" holds the name). After
  // fix-titles: 24 and 24 (Q1, Q2: "Minister of Trade and Industry X said:" is X, so "the Minister added" is the minister,
  // not the President named just before; Q18: « Pour Varenne, le gouvernement « … » »; Q10: « la septuagénaire » is the
  // person named before with an age of that decade; "Volcanologist X" is X).
  'trade-tariffs': 24,
  'volcano-eruption': 24,
  // Added 2026-11-27 (gold transcribed from the README's quotation table before any answer was seen): mine-rescue 20/23
  // as written (Q18 "Nadia" counted right though not joined to Nadia Ferreira); 23/23 after fix-mine (Q5, Q6: "Son mari,
  // Luis, …" is a man, so "raconte-t-elle", "ajoute-t-elle" are the woman the sentences are about; Q14: "In his words,
  // translated by X: \"…\"" is the man the sentence before was about; Q18: "said his wife, Nadia" is Nadia Ferreira).
  'mine-rescue': 23,
  // Added 2026-11-27 (session 20, blind QA, gold written before the first run): storm-landfall 23/25, spy-expulsion
  // 22/26, drug-approval 27/30 as written.
  // storm-landfall 24 (Q19: a short first "Island Observer: Is the worst over?" answered by a named line is an interview turn, not a subheading, fix-page).
  // storm-landfall 25 (Q6: an English "she added" skips "The Red Cross", a body named in several capitalised words, fix-ws1).
  'storm-landfall': 25,
  // spy-expulsion 26 (Q19, Q20: "Surname: …" after "Q: …?" is the guest's answer; Q21: "What I can tell you…" names no
  // speaker "What", so "she said" is the guest; Q22: "a Kestrian Foreign Office spokesperson" keeps the spokesperson, fix-ws1).
  'spy-expulsion': 26,
  // drug-approval 30 (fix-ws2: a language between verb and inverted subject, « Pour le neurologue », a country code ending an organisation's name).
  'drug-approval': 30,
  // Added 2026-11-27 (session 20, second blind QA round, gold written before the first run): airline-outage 23/24 (the
  // grader counted 22: one row right by the net's rule only), hospital-strike 24/27, court-ruling 21/21 as written.
  // airline-outage 24 (Q18: "Holloway's sons …" names Holloway, so "he added" in that live entry is him, not the speaker
  // of the entry before, fix-ws3); hospital-strike 27 (Q10: « redoute » reports a partial quotation; Q13: "…, according to
  // a spokesperson, who said:" is the spokesperson, not the sentence's first word; Q16: a name followed by its own
  // initials in parentheses is a body, so "he added" skips it, fix-ws3).
  'airline-outage': 24,
  'hospital-strike': 27,
  'court-ruling': 21,
  // Added 2026-11-28 (session 21, blind QA, gold written before the first run), as measured by this test's rule:
  // cyber-attack 21/26, train-derailment 16/17, hostage-release 22/23, drought-rationing 18/25, telecom-merger 22/24.
  // cyber-attack 25 (Q19–Q22: bold question lines without a label, each answered by a "Name:" line, are an interview, fix-page);
  // 26 (Q3: "le directeur des systèmes d'information de la ville" is not "son directeur, X" of the hospital, a title given
  // with a possessive holding no other complement, fix-ws1).
  'cyber-attack': 26,
  // train-derailment 17 (Q7: "ajoute le retraité" skips the woman introduced as "Sa voisine, X", fix-ws1).
  'train-derailment': 17,
  // hostage-release 23 (Q8: "Faris al-Nouri", a surname glued to its particle "al-" stays in the name, fix-ws2).
  'hostage-release': 23,
  // drought-rationing 19 (Q1 en: the prose after a "RELATED COVERAGE" box and an ADVERTISEMENT slot is kept, fix-page);
  // 23 (Q19–Q22: "**Label & Name:**" / "**Surname:**" bold labels read as an interview, fix-page); (Q9: "ajoute l'élu" is
  // the mayor, "élu" covering "maire"; Q14: "she added" skips the man another article calls "M.", the corpus telling a
  // person's gender, fix-ws1: 25 with both).
  'drought-rationing': 25,
  // telecom-merger 23 (Q17: "X said the union would call a strike \"…\"": a verb of speech told as yet to come inside X's
  // report gives the quotation to X, not to "the union", fix-ws2).
  'telecom-merger': 23,
  // Added 2026-11-28 (session 21, second blind QA round, gold written before the first run), as measured by this test's rule:
  // bus-crash 19/21, election-recount 21/22, energy-price-cap 22/25, shipwreck-discovery 20/21.
  // bus-crash 20 (Q18: « a-t-il affirmé » after "le directeur de <named body> ne cache pas…" is that head, no name cut from the body, fix-ws4).
  'bus-crash': 20,
  // election-recount 22 (Q8: « un assesseur de la liste Corbeau » is an unnamed assessor, not Corbeau, fix-ws3).
  'election-recount': 22,
  // energy-price-cap 25 (Q12: "Opposition leader X" is X; Q13: a month by a number and "not the 30 days they had asked for" name no one;
  // Q15: a subject read back from a verb deep in the sentence is the person it opens with, fix-ws4).
  'energy-price-cap': 25,
  'shipwreck-discovery': 20,
  // Added 2026-11-28 (session 22, blind QA, gold written before the first run), as measured by this test's rule.
  // heatwave 20 (Q7: « décrit un service « … » », a verb of description reports its subject, fix-ws6).
  heatwave: 20,
  // film-festival 24 (Q5 en: "Lead actor X" is a title before a name, so "he wrote" is X, not the juror who spoke before;
  // Q19: an interview answer quoting someone inside it is still the guest's answer, fix-ws6); (Q4: "des neuf jurés", count
  // words after a quotation, name no one; Q7 en: "…, its spokesman X:" is X, the noun phrase set apart before the colon, fix-ws5).
  // 26 with both branches merged; 27 (Q16: « X, pour qui le jury « … » », a relative of a view gives X's view, fix-ws7).
  'film-festival': 27,
  // avalanche-rescue 19 (Q1: "Captain X, who heads … (PGHM), told reporters"; Q8: "A spokeswoman for X, the company that
  // runs…, said": "that" before a verb is a relative inside the subject, fix-ws5).
  'avalanche-rescue': 19,
  // prison-escape 22 (Q5: a newspaper cited as a source since leaves "she added" to the woman who spoke last, fix-ws6);
  // (Q9: « L'escorte, dit-elle, a « … » »: the pronoun incise names the speaker, fix-ws5).
  // 23 with both branches merged.
  'prison-escape': 23,
  // rate-decision 21; 24 (Q1 en, Q7: "Her answer: \"…\"", "Her opening line, in our translation:", a possessive and a noun of
  // something said before a colon, utteranceNouns data); 25 (Q13: « Pour l'Union des … (UCN), la décision « … » », a body
  // named with capitals has a view); 26 with fix-ws5 and fix-ws6 merged.
  'rate-decision': 26,
  // government-falls (qa-confidence, session 23: 23/30 first run) and cruise-outbreak (qa-norovirus: 31/36 first run).
  // government-falls 26 (fx2-quotes2: Q14/Q15 « le chef du gouvernement démissionnaire » is the Premier ministre of the
  // lead, a set phrase for his title; Q11 "she" is the woman the corpus knows, not the man of untold gender named last).
  'government-falls': 26,
  // cruise-outbreak 32 (fx2-quotes2: Q10, a quoted subheading whose « » are printed apart is no one's continuation).
  'cruise-outbreak': 32,
};

function readRows(fixture: string): GoldRow[] {
  return readFileSync(path.join(root, `test/gold/${fixture}.who-said.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
}

const holdsAny = (name: string, parts: string[] = []) => {
  const folded = normalizeForMatch(name);
  return parts.some((p) => folded.includes(normalizeForMatch(p)));
};

function score(row: GoldRow, answer: Answer): Outcome {
  if (answer.error) return { row, right: false, got: `error: ${answer.notice ?? ''}`, forbidden: false };
  const first = answer.results[0];
  if (!first) return { row, right: row.noSpeaker === true, got: '(nothing found)', forbidden: false };
  const speaker = first.speaker ?? null;
  if (speaker === null) return { row, right: row.noSpeaker === true, got: '(speaker not given)', forbidden: false };
  const forbidden = holdsAny(speaker, row.reject);
  return { row, right: holdsAny(speaker, row.accept) && !forbidden, got: speaker, forbidden };
}

function report(fixture: string, outcomes: Outcome[]): string {
  const right = outcomes.filter((o) => o.right).length;
  const lines = [`[${fixture}] /who-said first speaker right ${right}/${outcomes.length} (floor ${FLOORS[fixture]})`];
  for (const o of outcomes) {
    if (o.right) {
      if (VERBOSE) lines.push(`  ✓ ${o.row.id} ${o.row.lang} "${o.row.query}" — got ${o.got}`);
      continue;
    }
    const expected = o.row.noSpeaker && o.row.accept.length === 0 ? 'no speaker' : o.row.speaker;
    lines.push(`  ✗ ${o.row.id} ${o.row.lang} "${o.row.query}" — expected ${expected}; got ${o.got}${o.forbidden ? ' (named as must-not)' : ''}`);
  }
  return lines.join('\n');
}

let commands: CommandDefinition[];
beforeAll(async () => {
  commands = await loadCommands();
});

for (const fixture of Object.keys(FLOORS)) {
  describe(`/who-said on the blind ${fixture} fixture`, () => {
    const rows = readRows(fixture);
    let engine: Engine;
    beforeAll(async () => {
      engine = await Engine.open({ corpusDir: path.join(root, 'test/fixtures', fixture), dataDir: null });
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('the gold covers the README table and every query is words of an article', () => {
      expect(rows.length).toBeGreaterThan(0);
      const ids = new Set(engine.articles.map((a) => a.id));
      for (const row of rows) {
        expect(row.articles.length, `${row.id} "${row.query}"`).toBeGreaterThan(0);
        for (const id of row.articles) expect(ids.has(id), `${row.id}: article ${id}`).toBe(true);
      }
    });

    it(`keeps at least ${FLOORS[fixture]} of ${rows.length} first speakers right`, async () => {
      const outcomes: Outcome[] = [];
      for (const row of rows) {
        const answer = await runCommand(commands, 'who-said', { quote: row.query }, { engine, locale: row.lang, now: new Date(), services: {} });
        outcomes.push(score(row, answer));
      }
      console.log(report(fixture, outcomes));
      expect(outcomes.filter((o) => o.right).length).toBeGreaterThanOrEqual(FLOORS[fixture]);
    });
  });
}
