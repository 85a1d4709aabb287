import type { PackagedTerm } from '../vocabulary';

/** [article, en, ru, tg]: the Convention's substantive articles by their usual short titles. */
const ARTICLES: [number, string, string, string][] = [
  [1, 'Definition of discrimination against women', 'Определение дискриминации в отношении женщин', 'Таърифи табъиз нисбат ба занон'],
  [2, 'Obligations to eliminate discrimination', 'Обязательства по ликвидации дискриминации', 'Ӯҳдадориҳо оид ба барҳам додани табъиз'],
  [3, 'Guarantee of human rights and fundamental freedoms', 'Гарантии прав человека и основных свобод', 'Кафолати ҳуқуқҳо ва озодиҳои асосии инсон'],
  [4, 'Temporary special measures', 'Временные специальные меры', 'Чораҳои махсуси муваққатӣ'],
  [5, 'Sex roles and stereotyping', 'Роли полов и стереотипы', 'Нақшҳои ҷинсӣ ва стереотипҳо'],
  [6, 'Trafficking and exploitation of prostitution', 'Торговля женщинами и эксплуатация проституции', 'Савдои занон ва истисмори фоҳишагӣ'],
  [7, 'Political and public life', 'Политическая и общественная жизнь', 'Ҳаёти сиёсӣ ва ҷамъиятӣ'],
  [8, 'Participation at the international level', 'Участие на международном уровне', 'Иштирок дар сатҳи байналмилалӣ'],
  [9, 'Nationality', 'Гражданство', 'Шаҳрвандӣ'],
  [10, 'Education', 'Образование', 'Маориф'],
  [11, 'Employment', 'Занятость', 'Шуғл'],
  [12, 'Health', 'Здравоохранение', 'Тандурустӣ'],
  [13, 'Economic and social benefits', 'Экономические и социальные льготы', 'Имтиёзҳои иқтисодӣ ва иҷтимоӣ'],
  [14, 'Rural women', 'Сельские женщины', 'Занони деҳот'],
  [15, 'Equality before the law', 'Равенство перед законом', 'Баробарӣ дар назди қонун'],
  [16, 'Marriage and family life', 'Брак и семейные отношения', 'Издивоҷ ва ҳаёти оилавӣ'],
];

/** [code suffix, en, ru, tg]: the areas of General Recommendation No. 35, the headings (A to G) of its recommendations. */
const GR35_AREAS: [string, string, string, string][] = [
  ['legislation', 'General legislative measures', 'Общие законодательные меры', 'Чораҳои умумии қонунгузорӣ'],
  ['prevention', 'Prevention', 'Предупреждение', 'Пешгирӣ'],
  ['protection', 'Protection', 'Защита', 'Ҳифз'],
  ['prosecution', 'Prosecution and punishment', 'Уголовное преследование и наказание', 'Таъқиби ҷиноятӣ ва ҷазо'],
  ['reparations', 'Reparations', 'Возмещение ущерба', 'Ҷуброни зарар'],
  ['coordination', 'Coordination, monitoring and data collection', 'Координация, мониторинг и сбор данных', 'Ҳамоҳангсозӣ, мониторинг ва ҷамъоварии маълумот'],
  ['international-cooperation', 'International cooperation', 'Международное сотрудничество', 'Ҳамкории байналмилалӣ'],
];

export const PACKAGED_CEDAW_AREAS: PackagedTerm[] = [
  ...ARTICLES.map(([article, en, ru, tg]) => ({
    code: `art-${article}`,
    labels: { en: `Article ${article}: ${en}`, ru: `Статья ${article}: ${ru}`, tg: `Моддаи ${article}: ${tg}` },
    aliases: [`CEDAW article ${article}`, `article ${article}`],
  })),
  {
    code: 'gr35',
    labels: {
      en: 'General Recommendation No. 35 on gender-based violence against women',
      ru: 'Общая рекомендация № 35 о гендерном насилии в отношении женщин',
      tg: 'Тавсияи умумии № 35 оид ба зӯроварии гендерӣ нисбат ба занон',
    },
    aliases: ['GR35', 'GR 35', 'General Recommendation 35'],
  },
  ...GR35_AREAS.map(([suffix, en, ru, tg]) => ({
    code: `gr35-${suffix}`,
    labels: { en: `GR35: ${en}`, ru: `ОР 35: ${ru}`, tg: `ТУ 35: ${tg}` },
    parent: 'gr35',
  })),
];
