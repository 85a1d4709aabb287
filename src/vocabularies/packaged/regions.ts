import type { PackagedTerm } from '../vocabulary';

/** Tajikistan's regions by their ISO 3166-2:TJ codes, with the spellings the demo and older records use. */
const TJ_REGIONS: PackagedTerm[] = [
  { code: 'TJ-DU', labels: { en: 'Dushanbe', ru: 'Душанбе', tg: 'Душанбе' }, aliases: ['Dushanbe city', 'г. Душанбе'] },
  { code: 'TJ-KT', labels: { en: 'Khatlon', ru: 'Хатлонская область', tg: 'Вилояти Хатлон' }, aliases: ['Khatlon region', 'Хатлон'] },
  { code: 'TJ-SU', labels: { en: 'Sughd', ru: 'Согдийская область', tg: 'Вилояти Суғд' }, aliases: ['Sughd region', 'Sogd', 'Soghd', 'Согд', 'Суғд'] },
  {
    code: 'TJ-GB',
    labels: { en: 'Gorno-Badakhshan Autonomous Region', ru: 'Горно-Бадахшанская автономная область', tg: 'Вилояти Мухтори Кӯҳистони Бадахшон' },
    aliases: ['GBAO', 'ГБАО', 'ВМКБ', 'Gorno-Badakhshan', 'Badakhshan'],
  },
  {
    code: 'TJ-RA',
    labels: { en: 'Districts of Republican Subordination', ru: 'Районы республиканского подчинения', tg: 'Ноҳияҳои тобеи ҷумҳурӣ' },
    aliases: ['DRS', 'РРП', 'НТҶ', 'Republican Subordination'],
  },
];

/** [code suffix, en, ru, tg]: the cities and districts named here with confidence; check against the official list. */
type District = [string, string, string, string];

const DISTRICTS: Record<string, District[]> = {
  'TJ-DU': [
    ['firdavsi', 'Firdavsi district', 'район Фирдавси', 'ноҳияи Фирдавсӣ'],
    ['ismoili-somoni', 'Ismoili Somoni district', 'район Исмоили Сомони', 'ноҳияи Исмоили Сомонӣ'],
    ['shohmansur', 'Shohmansur district', 'район Шохмансур', 'ноҳияи Шоҳмансур'],
    ['sino', 'Sino district', 'район Сино', 'ноҳияи Сино'],
  ],
  'TJ-KT': [
    ['bokhtar', 'Bokhtar', 'Бохтар', 'Бохтар'],
    ['kulob', 'Kulob', 'Куляб', 'Кӯлоб'],
    ['norak', 'Norak', 'Нурек', 'Норак'],
    ['danghara', 'Danghara', 'Дангара', 'Данғара'],
    ['farkhor', 'Farkhor', 'Фархор', 'Фархор'],
    ['vose', 'Vose', 'Восе', 'Восеъ'],
    ['vakhsh', 'Vakhsh', 'Вахш', 'Вахш'],
    ['panj', 'Panj', 'Пяндж', 'Панҷ'],
    ['yovon', 'Yovon', 'Яван', 'Ёвон'],
    ['shahrituz', 'Shahrituz', 'Шаартуз', 'Шаҳритус'],
    ['qubodiyon', 'Qubodiyon', 'Кубодиён', 'Қубодиён'],
    ['jomi', 'Jomi', 'Джами', 'Ҷомӣ'],
  ],
  'TJ-SU': [
    ['khujand', 'Khujand', 'Худжанд', 'Хуҷанд'],
    ['istaravshan', 'Istaravshan', 'Истаравшан', 'Истаравшан'],
    ['isfara', 'Isfara', 'Исфара', 'Исфара'],
    ['konibodom', 'Konibodom', 'Канибадам', 'Конибодом'],
    ['panjakent', 'Panjakent', 'Пенджикент', 'Панҷакент'],
    ['buston', 'Buston', 'Бустон', 'Бустон'],
    ['guliston', 'Guliston', 'Гулистон', 'Гулистон'],
    ['spitamen', 'Spitamen', 'Спитамен', 'Спитамен'],
    ['ayni', 'Ayni', 'Айни', 'Айнӣ'],
    ['asht', 'Asht', 'Ашт', 'Ашт'],
  ],
  'TJ-GB': [
    ['khorugh', 'Khorugh', 'Хорог', 'Хоруғ'],
    ['darvoz', 'Darvoz', 'Дарваз', 'Дарвоз'],
    ['vanj', 'Vanj', 'Ванч', 'Ванҷ'],
    ['rushon', 'Rushon', 'Рушан', 'Рушон'],
    ['shughnon', 'Shughnon', 'Шугнан', 'Шуғнон'],
    ['ishkoshim', 'Ishkoshim', 'Ишкашим', 'Ишкошим'],
    ['murghob', 'Murghob', 'Мургаб', 'Мурғоб'],
  ],
  'TJ-RA': [
    ['vahdat', 'Vahdat', 'Вахдат', 'Ваҳдат'],
    ['hisor', 'Hisor', 'Гиссар', 'Ҳисор'],
    ['tursunzoda', 'Tursunzoda', 'Турсунзаде', 'Турсунзода'],
    ['rudaki', 'Rudaki', 'Рудаки', 'Рӯдакӣ'],
    ['shahrinav', 'Shahrinav', 'Шахринау', 'Шаҳринав'],
    ['varzob', 'Varzob', 'Варзоб', 'Варзоб'],
    ['rogun', 'Rogun', 'Рогун', 'Роғун'],
    ['faizobod', 'Faizobod', 'Файзабад', 'Файзобод'],
    ['rasht', 'Rasht', 'Рашт', 'Рашт'],
  ],
};

const TJ_DISTRICTS: PackagedTerm[] = Object.entries(DISTRICTS).flatMap(([region, districts]) =>
  districts.map(([suffix, en, ru, tg]) => ({ code: `${region}-${suffix}`, labels: { en, ru, tg }, parent: region })),
);

export const PACKAGED_REGIONS: PackagedTerm[] = [...TJ_REGIONS, ...TJ_DISTRICTS];
