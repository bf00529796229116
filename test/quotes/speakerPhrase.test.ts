/**
 * Where the speaker phrase is in a sentence: an opening participle clause, a relative clause after
 * it, a sentence's first word before a colon, a "Pour X," view before a verb whose subject is a
 * thing, a medium between an inverted verb and its subject, an object pronoun before an inverted
 * verb, an inverted attribution taken up by "qui". Wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function read(lang: 'fr' | 'en', body: string) {
  const members = await quotationsIn({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
  return (words: string) => {
    const found = members.find((m) => m.quote.includes(words));
    if (!found) throw new Error(`no quotation holds "${words}": ${members.map((m) => m.quote).join(' | ')}`);
    return { phrase: found.speakerPhrase, name: found.speakerRef?.name ?? null };
  };
}

describe('a phrase opening the sentence is no speaker', () => {
  it('fr: a participle clause before the subject ("Invitée à…, la directrice… a répondu : « … »")', async () => {
    const q = await read('fr', "Le conseil d'administration s'est réuni mardi.\n\nInvitée à s'exprimer devant les salariés, la directrice, 58 ans, a tenu bon : « Nous ne fermerons aucun site. »");
    expect(q('Nous ne fermerons aucun site').phrase).toMatch(/^la directrice/u);
  });

  it('fr: a relative clause after the opening phrase ("Questionné sur X, dont…, il a ri : « … »") leaves the pronoun', async () => {
    const q = await read('fr', "Le président du club, Paul Girard, a tenu une conférence de presse lundi.\n\nQuestionné sur Marc Blanc, dont le nom revient souvent, il a ri : « Pas de commentaire sur ce point. »");
    expect(q('Pas de commentaire').phrase).toBe('il');
    expect(q('Pas de commentaire').name).toBe('Paul Girard');
  });

  it('fr: the capital of the first word before a colon is no name ("Pas une ligne, …, sur la pancarte : « … »")', async () => {
    const q = await read('fr', "Le match s'est joué à huis clos partiel.\n\nPas une ligne, en revanche, sur la pancarte brandie en tribune Sud : « Rendez-nous notre équipe ».");
    expect(q('Rendez-nous notre équipe').phrase).toBeNull();
  });

  it('fr: an object pronoun before the verb is no part of the subject ("la tribune Sud l\'avait dit")', async () => {
    const q = await read('fr', "Le match s'est joué à huis clos partiel.\n\nLa tribune Sud l'avait déjà écrit au président dans une lettre : « Rendez-nous notre équipe ».");
    expect(q('Rendez-nous notre équipe').phrase).toBe('La tribune Sud');
  });

  it('fr: "Pour l\'avocat de la famille, les expertises relèvent d\'une « … »" is the lawyer\'s view', async () => {
    const q = await read('fr', "Le procès s'est ouvert lundi.\n\nPour l'avocat de la famille, les expertises relèvent d'une « faute lourde ».");
    expect(q('faute lourde').phrase).toBe("l'avocat de la famille");
  });
});

describe('the subject of an inverted verb after a medium or an object pronoun', () => {
  it('fr: « … », a écrit sur Facebook la capitaine X', async () => {
    const q = await read('fr', "L'équipe a perdu dimanche.\n\n« Nous avons tout donné », a écrit sur Facebook la capitaine Julie Morel, auteure de deux buts.");
    expect(q('Nous avons tout donné').name).toBe('Julie Morel');
  });

  it('fr: « … », nous a-t-elle confié', async () => {
    const q = await read('fr', "La gardienne Anne Roux a prolongé son contrat jusqu'en 2027.\n\n« Je reste ici, nous a-t-elle confié. Le projet me plaît. »");
    expect(q('Je reste ici').phrase).toBe('elle');
    expect(q('Je reste ici').name).toBe('Anne Roux');
  });

  it('fr: « … », écrit le syndicat, qui dénonce « … »: the second quotation is the union\'s too', async () => {
    const q = await read('fr', "L'usine fermera en juin.\n\n« Une page se tourne », écrit le syndicat, qui dénonce « un gâchis industriel ».");
    expect(q('un gâchis industriel').phrase).toBe('le syndicat');
  });
});

describe('where an English speaker phrase starts and ends', () => {
  it('en: "One of them, a nurse who gave her name as Mira, told…" is the nurse, not "One"', async () => {
    const q = await read('en', "Dozens of staff protested outside the hospital on Friday.\n\nOne of them, a nurse who gave her name only as Mira, told reporters: 'We cannot work like this any more.'");
    expect(q('We cannot work like this').phrase).toMatch(/^a nurse/u);
  });

  it('en: a participle clause set apart after the subject ends it ("An aide, speaking on condition…, said")', async () => {
    const q = await read('en', 'Talks resumed in Geneva on Monday.\n\nAn aide to the minister, speaking on condition of anonymity because she was not allowed to brief reporters, said a deal was "within reach."');
    expect(q('within reach').phrase).toBe('An aide to the minister');
  });

  it('en: "\\"…,\\" wording that officials in Rome described as…" gives no speaker "Rome"', async () => {
    const q = await read('en', 'The treaty commits both sides to resolving disputes "through dialogue alone," wording that officials in Rome described as a breakthrough.');
    expect(q('through dialogue alone').name).not.toBe('Rome');
  });

  it('en: "The judge put it plainly: \\"…\\"" is the judge\'s', async () => {
    const q = await read('en', 'The court sentenced the two men on Tuesday.\n\nThe judge put it plainly: "Nobody here is above the law."');
    expect(q('Nobody here is above the law').phrase).toBe('The judge');
  });
});

describe('a chant or a banner is no named person\'s words', () => {
  it('en: "…, scored by X, was met with chants of \\"…\\"" is not X\'s', async () => {
    const q = await read('en', 'The visitors won 3-0 on Saturday.\n\nThe third goal, scored by Leo Brandt in added time, was met with boos and chants of "Out, out, out" from the stands.');
    expect(q('Out, out, out').name).toBeNull();
  });

  it('fr: « … », aux cris de « … »: the crowd, not the scorer named before', async () => {
    const q = await read('fr', "Le club a perdu 3-0 samedi.\n\nLe troisième but, marqué par Léo Brandt, a été salué par des sifflets aux cris de « Démission ! » venus des tribunes.");
    expect(q('Démission').name).toBeNull();
  });
});

describe('an interview printed as dialogue lines', () => {
  it('fr: the "— answer" lines after "X… a répondu à nos questions." are X\'s; the questions are no one\'s', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---\noutlet: Exemple\nlang: fr\npublished: 2024-03-04\n---',
        "La mairie a choisi sa nouvelle directrice des sports. Claire Vidal, 44 ans, ancienne nageuse, prendra ses fonctions lundi. Elle a répondu à nos questions.",
        '',
        '— Claire, pourquoi avoir accepté ce poste ?',
        '— Parce que la piscine municipale mérite mieux. Je veux la rouvrir avant l\'été.',
        '— Et les clubs ?',
        '— Ils seront consultés dès la semaine prochaine.',
        '',
        'Le conseil municipal votera le budget en mars.',
      ].join('\n'),
    });
    const of = (words: string) => members.find((m) => m.quote.includes(words));
    expect(of('la piscine municipale mérite mieux')?.speakerRef?.name).toBe('Claire Vidal');
    expect(of('Ils seront consultés')?.speakerRef?.name).toBe('Claire Vidal');
    expect(of('pourquoi avoir accepté')?.speakerRef?.name ?? null).toBeNull();
  });

  it('en: "— answer" lines under a heading "Three questions for X" are X\'s', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---\noutlet: Example\nlang: en\npublished: 2024-03-04\n---',
        'The council approved the new stadium plan on Tuesday.',
        '',
        '## Three questions for Tom Archer, chairman of the supporters\' trust',
        '',
        '— Are fans happy with the plan?',
        '— Most of them are relieved. We waited ten years for this decision.',
      ].join('\n'),
    });
    const of = (words: string) => members.find((m) => m.quote.includes(words));
    expect(of('Most of them are relieved')?.speakerRef?.name).toBe('Tom Archer');
    expect(of('Are fans happy')?.speakerRef?.name ?? null).toBeNull();
  });
});

describe('an age set apart is no part of the speaker phrase', () => {
  it('fr: "la gérante, 61 ans, a maintenu : « … »" → "la gérante"; en: "The driver, 52, said" → "The driver"', async () => {
    const fr = await read('fr', "Le magasin a fermé samedi.\n\nInterrogée par la presse, la gérante, 61 ans, a maintenu sa version : « Tout était en règle. »");
    expect(fr('Tout était en règle').phrase).toBe('la gérante');
    const en = await read('en', 'The lorry overturned on the A9 on Friday.\n\nThe driver, 52, said he had "never seen ice like that."');
    expect(en('never seen ice like that').phrase).toBe('The driver');
  });
});

describe('a second report joined by "and" / "et"', () => {
  it('en: "X said the plan \\"…,\\" and Minister Y said on Monday that…" reads Y\'s report too', async () => {
    const q = await read('en', 'The port reopened on Sunday.\n\nIn a statement, the ferry operator said the delay was "regrettable but unavoidable," and Transport Minister Ruth Keane said on Monday that her department would review the safety rules.');
    expect(q('her department would review the safety rules').name).toBe('Ruth Keane');
  });

  it('fr: "X a jugé le plan « … », et la ministre Y a annoncé mardi que…" reads Y\'s report too', async () => {
    const q = await read('fr', "Le port a rouvert dimanche.\n\nL'armateur a jugé le retard « regrettable », et la ministre des Transports, Ruth Keane, a annoncé mardi que son ministère réviserait les règles de sécurité.");
    expect(q('son ministère réviserait les règles').name).toBe('Ruth Keane');
  });
});

describe('verbs of a terse or quiet remark introduce a speaker', () => {
  it('fr: « … », souffle la mère de la victime / « … », lâche un voisin', async () => {
    const q = await read('fr', "Le procès s'est terminé mardi.\n\nClaire Dupuis sort de la salle. « C'est un début. Mais si peu… », souffle la mère de la victime.\n\n« Tout le monde savait », lâche un voisin qui préfère rester anonyme.");
    expect(q("C'est un début").phrase).toBe('la mère de la victime');
    expect(q('Tout le monde savait').phrase).toBe('un voisin');
  });

  it('en: "…," the coach snapped / whispered a witness', async () => {
    const q = await read('en', "The club lost on Saturday.\n\n\"No more questions,\" the coach snapped.\n\n\"It was terrible,\" whispered a witness who asked not to be named.");
    expect(q('No more questions').phrase).toBe('the coach');
    expect(q('It was terrible').phrase).toBe('a witness');
  });
});

describe('the auxiliary of a bare verb form is no part of the subject', () => {
  it('en: "The striker had already posted …: "…"" is "The striker", never "The striker had already"', async () => {
    const q = await read('en', "The club sacked its coach on Sunday.\n\nThe striker had already posted a message on Instagram on Sunday night: \"Sad. Coach, thank you for everything.\"\n\nThe goalkeeper had quietly posted a photo later that evening: \"We failed you.\"\n\nThe family had posted a photo online: \"We are heartbroken.\"");
    expect(q('Coach, thank you').phrase).toBe('The striker');
    expect(q('We failed you').phrase).toBe('The goalkeeper');
    expect(q('We are heartbroken').phrase).toBe('The family');
  });
});

describe('"Pour elle, …" / "For him, …" gives the view of whoever the pronoun stands for', () => {
  it('fr: « Pour elle, le directeur « … » » after a sentence naming her', async () => {
    const q = await read('fr', "Le procès s'est ouvert lundi.\n\nL'avocate des parties civiles, Me Anne Roche, a plaidé longuement. Pour elle, le directeur « savait tout ».");
    expect(q('savait tout').phrase).toBe('elle');
    expect(q('savait tout').name).toBe('Anne Roche');
  });

  it('en: "For him, the plan was \\"…\\"" after a sentence naming him', async () => {
    const q = await read('en', "The council met on Monday.\n\nOpposition leader Tom Baxter voted against the budget. For him, the plan was \"a gift to landlords\".");
    expect(q('a gift to landlords').phrase).toBe('he');
    expect(q('a gift to landlords').name).toBe('Tom Baxter');
  });
});

describe('"X, pour qui …" / "X, for whom …" gives the view of the person the relative follows', () => {
  it('fr: « Un avis que ne partage pas son collègue, Marc Olivier, pour qui la mairie « … » »', async () => {
    const q = await read('fr', "Le conseil municipal a voté le budget mardi.\n\nUn choix que ne partage pas l'élu d'opposition, Marc Olivier, pour qui la mairie « a sacrifié les écoles ».");
    expect(q('a sacrifié les écoles').name).toBe('Marc Olivier');
  });

  it('en: "…, Jane Doyle, for whom the plan was \\"…\\""', async () => {
    const q = await read('en', "The council passed the budget on Tuesday.\n\nNot everyone agreed, least of all opposition councillor Jane Doyle, for whom the plan was \"a gift to landlords\".");
    expect(q('a gift to landlords').name).toBe('Jane Doyle');
  });
});

describe('a banner or sign a few words before the colon bears the words, no speaker', () => {
  it('fr: « la tribune Sud l\'avait rappelé avec une banderole claire : « … » » has no speaker', async () => {
    const q = await read('fr', "Le match a été perdu.\n\nSamedi soir, la tribune Sud l'avait rappelé au président avec une banderole très claire : « Girard, démission ».");
    expect(q('Girard, démission').phrase).toBeNull();
  });

  it('en: "fans … said it again with a placard in red letters: \"…\"" has no speaker (already none before this fix: guards the English data)', async () => {
    const q = await read('en', "The club lost again.\n\nFans in the East Stand said it again with a placard in red letters: \"Girard out\".");
    expect(q('Girard out').phrase).toBeNull();
  });
});

describe('a quoted word standing as the first of two joined verbs ends the subject', () => {
  it('fr: « Le maire Paul Roux « regrette » la fermeture et promet une aide « … » » is "Le maire Paul Roux"', async () => {
    const q = await read('fr', "L'usine ferme ses portes.\n\nLe maire Paul Roux « regrette » la fermeture de l'usine et promet une aide aux salariés « dès lundi ».");
    expect(q('dès lundi').phrase).toBe('Le maire Paul Roux');
  });

  it('en: "Mayor Ann Lee \\"regrets\\" the closure and promises help \\"…\\"" is "Mayor Ann Lee"', async () => {
    const q = await read('en', "The plant is closing.\n\nMayor Ann Lee \"regrets\" the closure of the plant and promises help to workers \"from Monday\".");
    expect(q('from Monday').phrase).toBe('Mayor Ann Lee');
  });
});

describe('an overlong subject is its head, up to the first preposition', () => {
  it('en: "The prosecutor in the trial over … in northern Italy has asked …, describing it as \\"…\\"" is "The prosecutor"', async () => {
    const q = await read('en', "The trial opened on Monday.\n\nThe prosecutor in the trial over a fatal collapse of a road bridge near the old harbour in northern Italy has asked for a two-year sentence, describing the collapse as the result of \"decades of neglect\" by the operator.");
    expect(q('decades of neglect').phrase).toBe('The prosecutor');
  });

  it('fr: « Le procureur du procès de l\'effondrement … dans le nord-ouest … a déclaré que … « … » » is "Le procureur du procès … de Gênes"', async () => {
    const q = await read('fr', "Le procès s'est ouvert lundi.\n\nLe procureur du procès de l'effondrement du pont routier de Gênes dans le nord-ouest montagneux de l'Italie a déclaré que l'opérateur avait commis « des années de négligence ».");
    expect(q('des années de négligence').phrase).toBe("Le procureur du procès de l'effondrement du pont routier de Gênes");
  });
});

describe('a document right before a reporting participle is the source', () => {
  it('en: "The two mayors also signed a joint declaration committing both towns to \\"…\\"" is the declaration, not the last speaker', async () => {
    const q = await read('en', "Mayor Paul Grant spoke first. \"We have waited too long,\" Grant said.\n\nThe two mayors also signed a joint declaration committing both towns to share the river \"in a spirit of fairness\".");
    expect(q('in a spirit of fairness').phrase).toBe('a joint declaration');
    expect(q('in a spirit of fairness').name).not.toBe('Paul Grant');
  });

  it('fr: « Les deux maires ont signé un communiqué appelant à « … » » is the communiqué, not the last speaker', async () => {
    const q = await read('fr', "Le maire Paul Girard a parlé le premier. « Nous avons trop attendu », a dit Paul Girard.\n\nLes deux maires ont ensuite signé un communiqué appelant à partager la rivière « dans un esprit d'équité ».");
    expect(q("dans un esprit d'équité").phrase).toBe('un communiqué');
    expect(q("dans un esprit d'équité").name).not.toBe('Paul Girard');
  });
});

describe("a live-blog entry's time stamp opens no clause", () => {
  it('fr: « 18h20 — Marie Dubois, 64 ans, … ne cache pas sa colère. « … » » is Marie Dubois', async () => {
    const q = await read('fr', "Le vote a eu lieu.\n\n18h20 — Marie Dubois, 64 ans, habitante du village depuis toujours, ne cache pas sa colère. « Qui va nous aider maintenant ? »");
    expect(q('Qui va nous aider').name).toBe('Marie Dubois');
  });

  it('en: "6:20 - Ann Lee, 64, a lifelong resident, fights back tears. \\"…\\"" is Ann Lee', async () => {
    const q = await read('en', "The vote took place.\n\n6:20 - Ann Lee, 64, a lifelong resident of the village, fights back tears. \"Who will help us now?\"");
    expect(q('Who will help us now').name).toBe('Ann Lee');
  });
});

describe('a quotation left open goes on into the next paragraph without a mark of its own', () => {
  it('fr: « A.¶B », analyse la juriste — both paragraphs are quoted and attributed', async () => {
    const q = await read('fr', "Le maire a été condamné.\n\nLa première adjointe, Lucie Marchal, assure l'intérim.\n\nPour Anne Roux, professeure de droit à l'université de Lyon, l'affaire illustre un tournant. « La règle a changé. Les juges veulent aller vite.\n\nCela pose une question d'équilibre, puisqu'un élu peut partir avant son appel », analyse la juriste.");
    expect(q("Cela pose une question d'équilibre").phrase).toBe('la juriste');
    expect(q('La règle a changé').phrase).toBe('la juriste');
    expect(q('La règle a changé').name).not.toBe('Lucie Marchal');
  });
});

describe('a time phrase between an inverted verb and its subject', () => {
  it('fr: "a indiqué ce matin le médecin-chef" / "a déclaré hier soir la directrice": the time is no part of the speaker', async () => {
    const q = await read('fr', "Un pompier a été blessé lundi.\n\n« Son état est stable », a indiqué ce matin le médecin-chef de l'hôpital.\n\n« Nous rouvrirons jeudi », a déclaré hier soir la directrice du centre.");
    expect(q('Son état est stable').phrase).toBe("le médecin-chef de l'hôpital");
    expect(q('Nous rouvrirons jeudi').phrase).toBe('la directrice du centre');
  });
});
