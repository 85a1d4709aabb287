import type { PackagedTerm } from '../vocabulary';

/** The human-rights mechanisms whose recommendations forums follow up, by Tajikistan's review (docs/vocabularies.md). */
export const PACKAGED_MECHANISMS: PackagedTerm[] = [
  {
    code: 'upr',
    labels: { en: 'Universal Periodic Review', ru: 'Универсальный периодический обзор', tg: 'Баррасии универсалии даврӣ' },
    aliases: ['UPR', 'УПО'],
  },
  { code: 'upr-1', labels: { en: 'UPR, 1st cycle (2011)', ru: 'УПО, 1-й цикл (2011)', tg: 'БУД, давраи 1 (2011)' }, parent: 'upr' },
  { code: 'upr-2', labels: { en: 'UPR, 2nd cycle (2016)', ru: 'УПО, 2-й цикл (2016)', tg: 'БУД, давраи 2 (2016)' }, parent: 'upr' },
  { code: 'upr-3', labels: { en: 'UPR, 3rd cycle (2021)', ru: 'УПО, 3-й цикл (2021)', tg: 'БУД, давраи 3 (2021)' }, parent: 'upr' },
  { code: 'upr-4', labels: { en: 'UPR, 4th cycle', ru: 'УПО, 4-й цикл', tg: 'БУД, давраи 4' }, parent: 'upr' },
  {
    code: 'cedaw',
    labels: {
      en: 'CEDAW Committee concluding observations',
      ru: 'Заключительные замечания Комитета КЛДЖ',
      tg: 'Хулосаҳои ниҳоии Кумитаи CEDAW',
    },
    aliases: ['CEDAW', 'КЛДЖ', 'CEDAW concluding observations'],
  },
  {
    code: 'cedaw-co-2007',
    labels: { en: 'CEDAW concluding observations, 2007 (CEDAW/C/TJK/CO/3)', ru: 'Заключительные замечания КЛДЖ, 2007', tg: 'Хулосаҳои ниҳоии CEDAW, 2007' },
    parent: 'cedaw',
  },
  {
    code: 'cedaw-co-2013',
    labels: { en: 'CEDAW concluding observations, 2013 (CEDAW/C/TJK/CO/4-5)', ru: 'Заключительные замечания КЛДЖ, 2013', tg: 'Хулосаҳои ниҳоии CEDAW, 2013' },
    parent: 'cedaw',
  },
  {
    code: 'cedaw-co-2018',
    labels: { en: 'CEDAW concluding observations, 2018 (CEDAW/C/TJK/CO/6)', ru: 'Заключительные замечания КЛДЖ, 2018', tg: 'Хулосаҳои ниҳоии CEDAW, 2018' },
    parent: 'cedaw',
  },
];
