import { Language, NotificationKind } from '../notification-kinds';

export interface MessageFacts {
  recipientName: string;
  recommendationText: string;
  forumTitle: string;
  organisationName: string;
  dueDate: string;
  /** Days until the due date (due-soon) or past it (overdue, escalated). */
  days: number;
  /** A comment or question (kind `commented`): what was said and by whom. */
  comment?: { kind: 'comment' | 'question'; text: string; authorName: string };
}

interface KindTexts {
  subject: (f: MessageFacts) => string;
  body: (f: MessageFacts) => string;
}

export interface AccountLinkTexts {
  subject: string;
  body: (expiresAt: string) => string;
  action: string;
}

const asked = (f: MessageFacts) => f.comment?.kind === 'question';

export interface LanguageTexts {
  greeting: (name: string) => string;
  open: string;
  unsubscribe: string;
  footer: string;
  digest: (count: number) => string;
  /** Account e-mails with a one-time link (not about a recommendation). */
  accountLinks: Record<'invitation' | 'password-reset', AccountLinkTexts>;
  kinds: Record<NotificationKind, KindTexts>;
}

const en: LanguageTexts = {
  greeting: (name) => `Dear ${name},`,
  open: 'Open the recommendation',
  unsubscribe: 'Stop these e-mails',
  footer: 'You receive this because of your role in Follow-through.',
  digest: (count) => `Your daily digest: ${count} notification${count === 1 ? '' : 's'}`,
  kinds: {
    assigned: {
      subject: () => 'New assignment for your organisation',
      body: (f) => `${f.organisationName} has been made responsible for a recommendation of "${f.forumTitle}", due ${f.dueDate}.`,
    },
    declined: {
      subject: () => 'An assignment was declined',
      body: (f) => `${f.organisationName} declined a recommendation of "${f.forumTitle}". It needs a new responsible organisation.`,
    },
    'verification-awaited': {
      subject: () => 'Implementation awaiting your verification',
      body: (f) => `${f.organisationName} reports a recommendation of "${f.forumTitle}" as implemented. Please verify or dispute it.`,
    },
    verified: {
      subject: () => 'Implementation verified',
      body: (f) => `The implementation by ${f.organisationName} of a recommendation of "${f.forumTitle}" was verified.`,
    },
    disputed: {
      subject: () => 'Implementation disputed',
      body: (f) => `The implementation by ${f.organisationName} of a recommendation of "${f.forumTitle}" was disputed.`,
    },
    'due-soon': { subject: (f) => `Due in ${f.days} days`, body: (f) => `A recommendation ${f.organisationName} is responsible for is due on ${f.dueDate}.` },
    overdue: { subject: (f) => `Overdue by ${f.days} days`, body: (f) => `A recommendation ${f.organisationName} is responsible for was due on ${f.dueDate}.` },
    escalated: {
      subject: (f) => `Escalation: overdue by ${f.days} days`,
      body: (f) => `${f.organisationName} has not implemented a recommendation of "${f.forumTitle}" due on ${f.dueDate}.`,
    },
    commented: {
      subject: (f) => (asked(f) ? 'A question on a recommendation' : 'A comment on a recommendation'),
      body: (f) => `${f.comment?.authorName ?? ''} ${asked(f) ? 'asked' : 'wrote'} on a recommendation of "${f.forumTitle}": "${f.comment?.text ?? ''}"`,
    },
  },
  accountLinks: {
    invitation: {
      subject: 'Your invitation to Follow-through',
      body: (expiresAt) => `An account was made for you in Follow-through. Choose your password with this link; it works once, until ${expiresAt} (UTC).`,
      action: 'Choose your password',
    },
    'password-reset': {
      subject: 'Choose a new password',
      body: (expiresAt) => `A coordinator issued a link for you to choose a new password. It works once, until ${expiresAt} (UTC).`,
      action: 'Choose a new password',
    },
  },
};

const ru: LanguageTexts = {
  greeting: (name) => `Здравствуйте, ${name}!`,
  open: 'Открыть рекомендацию',
  unsubscribe: 'Отписаться от этих писем',
  footer: 'Вы получили это письмо из-за вашей роли в Follow-through.',
  digest: (count) => `Ежедневная сводка: уведомлений — ${count}`,
  kinds: {
    assigned: {
      subject: () => 'Новое поручение вашей организации',
      body: (f) => `${f.organisationName} назначена ответственной за рекомендацию форума «${f.forumTitle}», срок ${f.dueDate}.`,
    },
    declined: {
      subject: () => 'Поручение отклонено',
      body: (f) => `${f.organisationName} отклонила рекомендацию форума «${f.forumTitle}». Нужна новая ответственная организация.`,
    },
    'verification-awaited': {
      subject: () => 'Выполнение ждёт вашей проверки',
      body: (f) => `${f.organisationName} сообщает о выполнении рекомендации форума «${f.forumTitle}». Подтвердите или оспорьте.`,
    },
    verified: {
      subject: () => 'Выполнение подтверждено',
      body: (f) => `Выполнение рекомендации форума «${f.forumTitle}» организацией ${f.organisationName} подтверждено.`,
    },
    disputed: {
      subject: () => 'Выполнение оспорено',
      body: (f) => `Выполнение рекомендации форума «${f.forumTitle}» организацией ${f.organisationName} оспорено.`,
    },
    'due-soon': { subject: (f) => `Срок через ${f.days} дн.`, body: (f) => `Срок рекомендации, за которую отвечает ${f.organisationName}: ${f.dueDate}.` },
    overdue: {
      subject: (f) => `Просрочено на ${f.days} дн.`,
      body: (f) => `Срок рекомендации, за которую отвечает ${f.organisationName}, истёк ${f.dueDate}.`,
    },
    escalated: {
      subject: (f) => `Эскалация: просрочено на ${f.days} дн.`,
      body: (f) => `${f.organisationName} не выполнила рекомендацию форума «${f.forumTitle}» со сроком ${f.dueDate}.`,
    },
    commented: {
      subject: (f) => (asked(f) ? 'Вопрос по рекомендации' : 'Комментарий к рекомендации'),
      body: (f) => `${f.comment?.authorName ?? ''} ${asked(f) ? 'задаёт вопрос' : 'пишет'} о рекомендации форума «${f.forumTitle}»: «${f.comment?.text ?? ''}»`,
    },
  },
  accountLinks: {
    invitation: {
      subject: 'Приглашение в Follow-through',
      body: (expiresAt) => `Для вас создана учётная запись в Follow-through. Выберите пароль по этой ссылке; она действует один раз, до ${expiresAt} (UTC).`,
      action: 'Выбрать пароль',
    },
    'password-reset': {
      subject: 'Выберите новый пароль',
      body: (expiresAt) => `Координатор выдал вам ссылку для выбора нового пароля. Она действует один раз, до ${expiresAt} (UTC).`,
      action: 'Выбрать новый пароль',
    },
  },
};

const tg: LanguageTexts = {
  greeting: (name) => `Ассалому алейкум, ${name}!`,
  open: 'Кушодани тавсия',
  unsubscribe: 'Қатъ кардани ин мактубҳо',
  footer: 'Шумо ин мактубро бо сабаби нақши худ дар Follow-through гирифтед.',
  digest: (count) => `Хулосаи рӯзона: ${count} огоҳинома`,
  kinds: {
    assigned: {
      subject: () => 'Супориши нав ба ташкилоти шумо',
      body: (f) => `${f.organisationName} барои тавсияи форуми «${f.forumTitle}» масъул таъин шуд, мӯҳлат ${f.dueDate}.`,
    },
    declined: {
      subject: () => 'Супориш рад карда шуд',
      body: (f) => `${f.organisationName} тавсияи форуми «${f.forumTitle}»-ро рад кард. Ташкилоти масъули нав лозим аст.`,
    },
    'verification-awaited': {
      subject: () => 'Иҷро интизори тасдиқи шумост',
      body: (f) => `${f.organisationName} дар бораи иҷрои тавсияи форуми «${f.forumTitle}» хабар медиҳад. Тасдиқ ё эътироз кунед.`,
    },
    verified: { subject: () => 'Иҷро тасдиқ шуд', body: (f) => `Иҷрои тавсияи форуми «${f.forumTitle}» аз ҷониби ${f.organisationName} тасдиқ шуд.` },
    disputed: { subject: () => 'Ба иҷро эътироз шуд', body: (f) => `Ба иҷрои тавсияи форуми «${f.forumTitle}» аз ҷониби ${f.organisationName} эътироз шуд.` },
    'due-soon': { subject: (f) => `Мӯҳлат баъди ${f.days} рӯз`, body: (f) => `Мӯҳлати тавсияе, ки ${f.organisationName} масъул аст: ${f.dueDate}.` },
    overdue: { subject: (f) => `${f.days} рӯз гузаронида шуд`, body: (f) => `Мӯҳлати тавсияе, ки ${f.organisationName} масъул аст, ${f.dueDate} гузашт.` },
    escalated: {
      subject: (f) => `Эскалатсия: ${f.days} рӯз гузаронида шуд`,
      body: (f) => `${f.organisationName} тавсияи форуми «${f.forumTitle}»-ро бо мӯҳлати ${f.dueDate} иҷро накард.`,
    },
    commented: {
      subject: (f) => (asked(f) ? 'Савол оид ба тавсия' : 'Шарҳ ба тавсия'),
      body: (f) => `${f.comment?.authorName ?? ''} дар бораи тавсияи форуми «${f.forumTitle}» ${asked(f) ? 'савол дод' : 'навишт'}: «${f.comment?.text ?? ''}»`,
    },
  },
  accountLinks: {
    invitation: {
      subject: 'Даъват ба Follow-through',
      body: (expiresAt) =>
        `Барои шумо дар Follow-through ҳисоб сохта шуд. Бо ин пайванд рамзи худро интихоб кунед; он як маротиба, то ${expiresAt} (UTC) амал мекунад.`,
      action: 'Интихоби рамз',
    },
    'password-reset': {
      subject: 'Рамзи навро интихоб кунед',
      body: (expiresAt) => `Ҳамоҳангсоз барои шумо пайванди интихоби рамзи нав дод. Он як маротиба, то ${expiresAt} (UTC) амал мекунад.`,
      action: 'Интихоби рамзи нав',
    },
  },
};

export const MESSAGE_TEXTS: Record<Language, LanguageTexts> = { en, ru, tg };
