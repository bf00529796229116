/**
 * A footer's rights notice without a © sign ("Radio X - Tous droits réservés - 2025", "The
 * Gazette. All rights reserved.") names the outlet as a © line does; a wire agency's notice names
 * no outlet, and a header line alone (a site's name and tagline) is no proof of the outlet.
 * Articles written for this test (French and English).
 */
import { describe, expect, it } from 'vitest';
import { kept, parse, removedAs } from './parsedArticle.js';

const BODY_FR = `Inondations : la vallée de la Sarre évacuée

Les pompiers ont évacué mardi soir deux cents habitants de la vallée de la Sarre après la crue de la rivière, a indiqué la préfecture.

« La décrue n'est pas attendue avant jeudi », a déclaré le préfet, Hugo Lenoir.
`;

describe('a rights notice without a © sign', () => {
  it('names the outlet from "<Name> - Tous droits réservés - <year>" and drops the masthead that repeats it', () => {
    const a = parse('radio-valmont.txt', `Radio Valmont - L'info en continu\n\n${BODY_FR}\nRadio Valmont - Tous droits réservés - 2025 | Fréquences | Contact\n`);
    expect(a.outlet).toBe('Radio Valmont');
    expect(removedAs(a, 'masthead')).toEqual(["Radio Valmont - L'info en continu"]);
    expect(kept(a).join('\n')).toContain('La décrue');
  });

  it('names the outlet from "<Name>. All rights reserved." and "Copyright <year> <Name> Ltd. All rights reserved."', () => {
    const body = 'Firefighters evacuated two hundred residents of the Sarre valley on Tuesday night, officials said.\n\n"The water will not go down before Thursday," the prefect said.\n';
    expect(parse('gazette.txt', `${body}\nThe Harbour Gazette. All rights reserved.\n`).outlet).toBe('The Harbour Gazette');
    expect(parse('gazette2.txt', `${body}\nCopyright 2025 The Harbour Gazette Ltd. All rights reserved. | Terms\n`).outlet).toBe('The Harbour Gazette');
  });

  it('takes no header line for the outlet without a notice that confirms it', () => {
    expect(parse('radio-valmont2.txt', `Radio Valmont - L'info en continu\n\n${BODY_FR}`).outlet).toBeNull();
  });

  it("takes no wire agency's notice, nor a sentence before the notice, for the outlet", () => {
    expect(parse('depeche.txt', `${BODY_FR}\nAFP - Tous droits réservés - 2025\n`).outlet).toBeNull();
    expect(parse('musee.txt', `${BODY_FR}\nLes photographies de l'exposition appartiennent au musée de la ville. Tous droits réservés.\n`).outlet).toBeNull();
  });
});
