import type { PackagedTerm } from '../vocabulary';

/** The SDG targets this field reports against: all of Goal 5 and Goal 16's targets on violence and justice. */
export const PACKAGED_SDG_TARGETS: PackagedTerm[] = [
  {
    code: '5.1',
    labels: {
      en: 'End discrimination against women and girls',
      ru: 'Ликвидировать дискриминацию в отношении женщин и девочек',
      tg: 'Барҳам додани табъиз нисбат ба занону духтарон',
    },
  },
  {
    code: '5.2',
    labels: {
      en: 'End all violence against and exploitation of women and girls',
      ru: 'Ликвидировать все формы насилия в отношении женщин и девочек',
      tg: 'Барҳам додани ҳама шаклҳои зӯроварӣ нисбат ба занону духтарон',
    },
  },
  {
    code: '5.3',
    labels: {
      en: 'Eliminate harmful practices such as child, early and forced marriage',
      ru: 'Ликвидировать вредную практику, такую как детские, ранние и принудительные браки',
      tg: 'Барҳам додани амалияҳои зараровар, аз қабили издивоҷи кӯдакон, барвақтӣ ва маҷбурӣ',
    },
  },
  {
    code: '5.4',
    labels: {
      en: 'Value unpaid care and promote shared domestic responsibilities',
      ru: 'Признавать и ценить неоплачиваемый уход и работу по дому',
      tg: 'Эътироф кардани меҳнати бемузди нигоҳубин ва корҳои хона',
    },
  },
  {
    code: '5.5',
    labels: {
      en: "Ensure women's full participation in leadership and decision-making",
      ru: 'Обеспечить полноценное участие женщин в руководстве и принятии решений',
      tg: 'Таъмини иштироки пурраи занон дар роҳбарӣ ва қабули қарорҳо',
    },
  },
  {
    code: '5.6',
    labels: {
      en: 'Universal access to sexual and reproductive health and reproductive rights',
      ru: 'Всеобщий доступ к услугам в области сексуального и репродуктивного здоровья и к репродуктивным правам',
      tg: 'Дастрасии умумӣ ба солимии ҷинсӣ ва репродуктивӣ ва ҳуқуқҳои репродуктивӣ',
    },
  },
  {
    code: '5.a',
    labels: {
      en: 'Equal rights to economic resources, property ownership and financial services',
      ru: 'Равные права на экономические ресурсы, собственность и финансовые услуги',
      tg: 'Ҳуқуқҳои баробар ба захираҳои иқтисодӣ, моликият ва хизматрасониҳои молиявӣ',
    },
  },
  {
    code: '5.b',
    labels: {
      en: 'Promote empowerment of women through technology',
      ru: 'Расширять использование технологий для расширения прав и возможностей женщин',
      tg: 'Истифодаи технологияҳо барои тавонмандсозии занон',
    },
  },
  {
    code: '5.c',
    labels: {
      en: 'Adopt and strengthen policies and enforceable legislation for gender equality',
      ru: 'Принимать и укреплять политику и законодательство в интересах гендерного равенства',
      tg: 'Қабул ва таҳкими сиёсат ва қонунгузорӣ барои баробарии гендерӣ',
    },
  },
  {
    code: '16.1',
    labels: {
      en: 'Reduce violence everywhere',
      ru: 'Сократить распространённость всех форм насилия',
      tg: 'Кам кардани ҳама шаклҳои зӯроварӣ дар ҳама ҷо',
    },
  },
  {
    code: '16.2',
    labels: {
      en: 'Protect children from abuse, exploitation, trafficking and violence',
      ru: 'Положить конец надругательствам, эксплуатации, торговле детьми и насилию в отношении детей',
      tg: 'Ҳифзи кӯдакон аз бадрафторӣ, истисмор, хариду фурӯш ва зӯроварӣ',
    },
  },
  {
    code: '16.3',
    labels: {
      en: 'Promote the rule of law and ensure equal access to justice',
      ru: 'Содействовать верховенству права и обеспечить равный доступ к правосудию',
      tg: 'Мусоидат ба волоияти қонун ва таъмини дастрасии баробар ба адолати судӣ',
    },
  },
  {
    code: '16.b',
    labels: {
      en: 'Promote and enforce non-discriminatory laws and policies',
      ru: 'Поощрять и применять недискриминационные законы и политику',
      tg: 'Мусоидат ва татбиқи қонунҳо ва сиёсати ғайритабъизӣ',
    },
  },
];
