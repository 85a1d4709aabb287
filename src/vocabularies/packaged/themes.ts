import type { PackagedTerm } from '../vocabulary';

/**
 * Themes of work on violence against women and girls, each with the Spotlight pillar it counts under when a donor
 * has not mapped it (docs/vocabularies.md lists them). The first twelve are the slugs the demo data uses.
 */
export const PACKAGED_THEMES: PackagedTerm[] = [
  { code: 'prevention', labels: { en: 'Prevention', ru: 'Профилактика', tg: 'Пешгирӣ' }, defaultPillar: 'prevention' },
  { code: 'services', labels: { en: 'Services', ru: 'Услуги', tg: 'Хизматрасонӣ' }, defaultPillar: 'services', aliases: ['essential services'] },
  {
    code: 'civil-society',
    labels: { en: 'Civil society', ru: 'Гражданское общество', tg: 'Ҷомеаи шаҳрвандӣ' },
    defaultPillar: 'womens_movements',
    aliases: ['civil society organisations', 'civil society organizations', 'CSO', 'NGO', 'NGOs'],
  },
  {
    code: 'awareness',
    labels: { en: 'Awareness raising', ru: 'Повышение осведомлённости', tg: 'Баланд бардоштани огоҳӣ' },
    defaultPillar: 'prevention',
    aliases: ['awareness-raising', 'public awareness'],
  },
  { code: 'youth', labels: { en: 'Youth', ru: 'Молодёжь', tg: 'Ҷавонон' }, defaultPillar: 'prevention' },
  { code: 'legal-aid', labels: { en: 'Legal aid', ru: 'Юридическая помощь', tg: 'Ёрии ҳуқуқӣ' }, defaultPillar: 'services', aliases: ['free legal aid'] },
  { code: 'shelters', labels: { en: 'Shelters', ru: 'Приюты', tg: 'Паноҳгоҳҳо' }, defaultPillar: 'services', aliases: ['shelter'] },
  {
    code: 'laws-and-policies',
    labels: { en: 'Laws and policies', ru: 'Законы и политика', tg: 'Қонунҳо ва сиёсат' },
    defaultPillar: 'laws_and_policies',
    aliases: ['laws & policies', 'legislation', 'law', 'laws', 'legal framework'],
  },
  { code: 'health', labels: { en: 'Health', ru: 'Здравоохранение', tg: 'Тандурустӣ' }, defaultPillar: 'services', aliases: ['health care', 'healthcare'] },
  { code: 'education', labels: { en: 'Education', ru: 'Образование', tg: 'Маориф' }, defaultPillar: 'prevention' },
  {
    code: 'economic-empowerment',
    labels: { en: 'Economic empowerment', ru: 'Расширение экономических прав и возможностей', tg: 'Тавонмандсозии иқтисодӣ' },
    defaultPillar: 'services',
  },
  {
    code: 'data',
    labels: { en: 'Data and statistics', ru: 'Данные и статистика', tg: 'Маълумот ва омор' },
    defaultPillar: 'data',
    aliases: ['statistics', 'data collection'],
  },
  {
    code: 'training',
    labels: { en: 'Training of specialists', ru: 'Обучение специалистов', tg: 'Омӯзиши мутахассисон' },
    defaultPillar: 'institutions',
    aliases: ['capacity building', 'capacity-building'],
  },
  { code: 'police', labels: { en: 'Police', ru: 'Милиция', tg: 'Милитсия' }, defaultPillar: 'institutions', aliases: ['полиция', 'law enforcement'] },
  {
    code: 'justice',
    labels: { en: 'Justice and courts', ru: 'Правосудие и суды', tg: 'Адолати судӣ' },
    defaultPillar: 'institutions',
    aliases: ['judiciary', 'courts', 'access to justice'],
  },
  { code: 'prosecution', labels: { en: 'Prosecution', ru: 'Прокуратура', tg: 'Прокуратура' }, defaultPillar: 'institutions' },
  {
    code: 'child-marriage',
    labels: { en: 'Child marriage', ru: 'Детские браки', tg: 'Издивоҷи кӯдакон' },
    defaultPillar: 'prevention',
    aliases: ['early marriage', 'child and early marriage', 'ранние браки'],
  },
  {
    code: 'psychosocial-support',
    labels: { en: 'Psychosocial support', ru: 'Психосоциальная поддержка', tg: 'Дастгирии равонию иҷтимоӣ' },
    defaultPillar: 'services',
    aliases: ['psycho-social support', 'psychosocial', 'psychological support'],
  },
  {
    code: 'coordination',
    labels: { en: 'Coordination', ru: 'Координация', tg: 'Ҳамоҳангсозӣ' },
    defaultPillar: 'institutions',
    aliases: ['multi-sectoral coordination'],
  },
  {
    code: 'referral',
    labels: { en: 'Referral mechanisms', ru: 'Механизмы перенаправления', tg: 'Механизмҳои равонакунӣ' },
    defaultPillar: 'services',
    aliases: ['referral pathways', 'referral mechanism'],
  },
  {
    code: 'crisis-centres',
    labels: { en: 'Crisis centres', ru: 'Кризисные центры', tg: 'Марказҳои бӯҳронӣ' },
    defaultPillar: 'services',
    aliases: ['crisis centers'],
  },
  {
    code: 'national-action-plan',
    labels: { en: 'National action plans', ru: 'Национальные планы действий', tg: 'Нақшаҳои миллии амал' },
    defaultPillar: 'laws_and_policies',
    aliases: ['action plan', 'national action plan', 'NAP'],
  },
  {
    code: 'institutional-capacity',
    labels: { en: 'Institutional capacity', ru: 'Институциональный потенциал', tg: 'Иқтидори институтсионалӣ' },
    defaultPillar: 'institutions',
    aliases: ['institutions'],
  },
  { code: 'media', labels: { en: 'Media', ru: 'СМИ', tg: 'Воситаҳои ахбори омма' }, defaultPillar: 'prevention', aliases: ['mass media'] },
  {
    code: 'social-norms',
    labels: { en: 'Social norms', ru: 'Социальные нормы', tg: 'Меъёрҳои иҷтимоӣ' },
    defaultPillar: 'prevention',
    aliases: ['gender norms'],
  },
  {
    code: 'womens-organisations',
    labels: { en: "Women's organisations", ru: 'Женские организации', tg: 'Созмонҳои занон' },
    defaultPillar: 'womens_movements',
    aliases: ["women's movement", "women's movements", "women's rights organisations", 'women-led organisations'],
  },
  {
    code: 'monitoring',
    labels: { en: 'Monitoring and evaluation', ru: 'Мониторинг и оценка', tg: 'Мониторинг ва арзёбӣ' },
    defaultPillar: 'data',
    aliases: ['M&E', 'monitoring & evaluation'],
  },
  { code: 'research', labels: { en: 'Research', ru: 'Исследования', tg: 'Таҳқиқот' }, defaultPillar: 'data', aliases: ['surveys', 'survey'] },
];
