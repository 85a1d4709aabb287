import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { NotKnown } from '../kernel/query-refusals';
import { vocabularyDecider } from './vocabulary.decider';
import { VocabularyTermAdded, VocabularyTermRelabelled, VocabularyTermRestored, VocabularyTermRetired } from './vocabulary.events';

const spec = deciderSpecification(vocabularyDecider);
const almaty = { en: 'Almaty', ru: 'Алматы', tg: 'Алмаато' };
const addAlmaty = { kind: 'regions' as const, code: 'KZ-75', labels: almaty, parent: null, aliases: ['Alma-Ata'] };
const added = new VocabularyTermAdded(addAlmaty);
const bostandyk = {
  kind: 'regions' as const,
  code: 'KZ-75-bostandyk',
  labels: { en: 'Bostandyk', ru: 'Бостандык', tg: 'Бостандиқ' },
  parent: 'KZ-75',
  aliases: [],
};

describe('a vocabulary', () => {
  it('adds a term with its labels, parent and aliases', () => {
    spec.given([]).when({ type: 'AddTerm', data: addAlmaty }).then([added]);
  });

  it('adds a district under a region a coordinator added, and under a packaged one', () => {
    spec
      .given([added])
      .when({ type: 'AddTerm', data: bostandyk })
      .then([new VocabularyTermAdded(bostandyk)]);
    const rasht = { ...bostandyk, code: 'TJ-RA-tojikobod', labels: { en: 'Tojikobod', ru: 'Таджикабад', tg: 'Тоҷикобод' }, parent: 'TJ-RA' };
    spec
      .given([])
      .when({ type: 'AddTerm', data: rasht })
      .then([new VocabularyTermAdded(rasht)]);
  });

  it('gives a theme a default pillar (none when not given), and refuses one for another kind', () => {
    const theme = { kind: 'themes' as const, code: 'femicide', labels: { en: 'Femicide', ru: 'Фемицид', tg: 'Фемисид' }, parent: null, aliases: [] };
    spec
      .given([])
      .when({ type: 'AddTerm', data: theme })
      .then([new VocabularyTermAdded({ ...theme, defaultPillar: null })]);
    spec
      .given([])
      .when({ type: 'AddTerm', data: { ...theme, defaultPillar: 'prevention' } })
      .then([new VocabularyTermAdded({ ...theme, defaultPillar: 'prevention' })]);
    spec
      .given([])
      .when({ type: 'AddTerm', data: { ...addAlmaty, defaultPillar: 'services' } })
      .thenRefused(RuleViolated, /^only themes have a default pillar$/);
  });

  it('refuses a code taken, by a packaged term or an added one', () => {
    spec
      .given([])
      .when({ type: 'AddTerm', data: { ...addAlmaty, code: 'TJ-KT' } })
      .thenRefused(TransitionRefused, /^regions already has a term TJ-KT$/);
    spec
      .given([added])
      .when({ type: 'AddTerm', data: addAlmaty })
      .thenRefused(TransitionRefused, /^regions already has a term KZ-75$/);
  });

  it('refuses a parent that is not a term of the same vocabulary', () => {
    spec
      .given([])
      .when({ type: 'AddTerm', data: bostandyk })
      .thenRefused(RuleViolated, /^parent KZ-75 is not a term of regions$/);
    spec
      .given([])
      .when({ type: 'AddTerm', data: { ...bostandyk, parent: 'legal-aid' } })
      .thenRefused(RuleViolated, /^parent legal-aid is not a term of regions$/);
  });

  it('relabels a packaged term and an added one; refuses an unknown term', () => {
    const labels = { en: 'Khatlon region', ru: 'Хатлонская обл.', tg: 'Вилояти Хатлон' };
    spec
      .given([])
      .when({ type: 'RelabelTerm', data: { kind: 'regions', code: 'TJ-KT', labels } })
      .then([new VocabularyTermRelabelled({ kind: 'regions', code: 'TJ-KT', labels })]);
    spec
      .given([added])
      .when({ type: 'RelabelTerm', data: { kind: 'regions', code: 'KZ-75', labels: almaty, aliases: [] } })
      .then([new VocabularyTermRelabelled({ kind: 'regions', code: 'KZ-75', labels: almaty, aliases: [] })]);
    spec
      .given([])
      .when({ type: 'RelabelTerm', data: { kind: 'themes', code: 'KZ-75', labels: almaty } })
      .thenRefused(NotKnown, /^themes has no term KZ-75$/);
  });

  it('retires and restores a term, once each; again records nothing', () => {
    const term = { kind: 'themes' as const, code: 'police' };
    spec
      .given([])
      .when({ type: 'RetireTerm', data: term })
      .then([new VocabularyTermRetired(term)]);
    spec
      .given([new VocabularyTermRetired(term)])
      .when({ type: 'RetireTerm', data: term })
      .then([]);
    spec
      .given([new VocabularyTermRetired(term)])
      .when({ type: 'RestoreTerm', data: term })
      .then([new VocabularyTermRestored(term)]);
    spec
      .given([new VocabularyTermRetired(term), new VocabularyTermRestored(term)])
      .when({ type: 'RestoreTerm', data: term })
      .then([]);
    spec.given([]).when({ type: 'RestoreTerm', data: term }).then([]);
  });

  it('refuses to retire or restore an unknown term', () => {
    spec
      .given([])
      .when({ type: 'RetireTerm', data: { kind: 'sdgTargets', code: '5.9' } })
      .thenRefused(NotKnown, /^sdgTargets has no term 5\.9$/);
    spec
      .given([])
      .when({ type: 'RestoreTerm', data: { kind: 'mechanisms', code: 'upr-9' } })
      .thenRefused(NotKnown, /^mechanisms has no term upr-9$/);
  });
});
