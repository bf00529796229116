/**
 * Reading the speaker phrase around a quotation, round 3: an object pronoun before an inverted
 * verb ("nous a indiqué l'avocate"), reported speech before an incise ("…, a fait valoir la
 * direction, qui …"), a capitalised adjective after "said", nested single quotes in a quoted
 * release, a relative clause "dans laquelle X demande de « … »", a role's complement, the outlet
 * "told", "Selon X, c'est Y qui …". Wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

const read = readSpeakers;

describe('an object pronoun before an inverted verb is no subject', () => {
  it('fr: « … », nous a indiqué la syndicaliste / m\'a confié X', async () => {
    const q = await read('fr', "La grève des éboueurs entre dans sa deuxième semaine. Marie Lebrun, secrétaire de la section CGT, a annoncé lundi un durcissement du mouvement.\n\n« Nous tiendrons aussi longtemps qu'il le faudra », nous a indiqué la syndicaliste.\n\n« Les poubelles débordent dans tout le quartier », m'a confié Henri Pastor, un commerçant.");
    expect(q('Nous tiendrons aussi longtemps').phrase).toBe('la syndicaliste');
    expect(q('Nous tiendrons aussi longtemps').name).toBe('Marie Lebrun');
    expect(q('Les poubelles débordent').name).toBe('Henri Pastor');
  });
});

describe('reported speech before an incise is no part of the speaker', () => {
  it('fr: "…, a souligné la mairie, qui dit suivre « … »" is la mairie', async () => {
    const q = await read('fr', "Une fuite de gaz a contraint l'évacuation de l'école Jean-Moulin mardi matin. Aucune anomalie n'avait été relevée lors du dernier contrôle, a souligné la mairie, qui dit suivre la situation « de très près ».");
    expect(q('de très près').phrase).toBe('la mairie');
  });

  it('fr: "la direction" alone is the company\'s management, not "la direction départementale (DDPP)" named before', async () => {
    const q = await read('fr', "Les agents de la direction départementale de la protection des populations (DDPP) ont contrôlé la conserverie Vernet mardi.\n\nAucun défaut n'avait été signalé auparavant, a fait valoir la direction, qui dit coopérer « sans réserve » avec les services de l'État.");
    expect(q('sans réserve').phrase).toBe('la direction');
    expect(q('sans réserve').name ?? '').not.toMatch(/DDPP/u);
  });
});

describe('"said no British cases…": a clause after "said" is the report, never its speaker', () => {
  it('en: "X, the port regulator, said no French vessels had been turned away" is X\'s report', async () => {
    const q = await read('en', 'Ferry crossings resumed on Friday after a two-day strike.\n\nA spokesman for the Harbour Authority, the port\'s regulator, said no French vessels had been turned away so far, but warned of long delays at the terminal.');
    const found = q.all.find((m) => m.quote.includes('French vessels') || (m.speakerPhrase ?? '').includes('French'));
    expect(found?.speakerPhrase ?? null).not.toMatch(/French|vessels/u);
    expect(found?.speakerPhrase ?? '').toMatch(/Harbour Authority/u);
  });
});

describe('the one "told" is spoken to, no antecedent of a later role', () => {
  it('en: "An official … told Harbour Weekly … \\"…,\\" the official said" is not Harbour Weekly', async () => {
    const q = await read('en', 'The port reopened on Monday.\n\nA government official, speaking on condition of anonymity, told Harbour Weekly the ministry had been "caught off guard" by the leak. "We were told there was no problem at all," the official said.');
    expect(q('We were told there was no problem').name ?? '').not.toMatch(/Harbour Weekly/u);
    expect(q('We were told there was no problem').name ?? '').toMatch(/official/iu);
  });
});

describe("a name in a role's complement is the organisation, not the speaker", () => {
  it('fr: « … », estime la présidente du groupe Union républicaine is not "Union"', async () => {
    const q = await read('fr', "Le budget a été adopté mardi soir.\n\nInvitée de notre matinale, Claire Vasseur maintient la pression sur le gouvernement. « Ce budget est une faute politique », estime la présidente du groupe Union républicaine.");
    expect(q('Ce budget est une faute').name).not.toBe('Union');
    expect(q('Ce budget est une faute').name ?? '').toMatch(/présidente|Vasseur/iu);
  });
});

describe('a relative clause with its own subject: "dans laquelle X demande de « … »"', () => {
  it('fr: the subject after "dans laquelle" speaks, not the words before it', async () => {
    const q = await read('fr', "Le dossier a rebondi jeudi. Le journal La Sentinelle a publié un courriel daté du 3 mars, dans lequel le secrétaire général de la mairie, Hugo Ferrand, demande aux services techniques de « classer le dossier » sans délai.");
    expect(q('classer le dossier').name).toBe('Hugo Ferrand');
  });
});

describe('"Selon un conseiller, c\'est X qui…" is the adviser\'s report, not X\'s', () => {
  it('fr: the indefinite source opening the sentence describes no name after it', async () => {
    const q = await read('fr', "La réforme a été retirée jeudi. Mardi encore, le ministre Pierre Garnier la défendait devant les députés.\n\nSelon un conseiller du gouvernement, c'est Pierre Garnier lui-même qui a exigé le retrait du texte, en fin de matinée.");
    expect(q('a exigé le retrait du texte').name ?? '').not.toMatch(/Garnier/u);
  });
});
