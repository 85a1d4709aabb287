import type { PublishedForumPage, PublishedRecommendationPage } from '../portal-data';
import type { InLanguage, ShownForum, ShownRecommendation } from '../portal-translations';
import type { PublicEvidence, PublicTimelineEntry } from '../public-view';
import { countByStatus } from '../public-view';
import { SafeHtml, html } from '../html';
import { PortalLanguage, textOf } from '../portal-texts';
import { page } from './layout';
import { statusBars } from './status-bars';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
const withLang = (path: string, language: PortalLanguage) => `${path}?lang=${language}`;

function status(language: PortalLanguage, value: string): SafeHtml {
  return html`<span class="status">${textOf(language, `status.${value}`)}</span>`;
}

/** "(original)" after a title or text shown in its original language for want of a translation. */
function originalMark(shown: InLanguage, language: PortalLanguage): SafeHtml | string {
  return shown.original ? html` <span class="muted original">(${textOf(language, 'portal.original')})</span>` : '';
}

function forumCard(forum: ShownForum, language: PortalLanguage): SafeHtml {
  return html`<li><a href="${withLang(`/portal/forums/${forum.forumId}`, language)}">${forum.title}</a>${originalMark(forum, language)}
<div class="muted">${textOf(language, `forumKind.${forum.kind}`)} · ${day(forum.startDate)} · ${[forum.region, forum.country].filter(Boolean).join(', ')}
· ${forum.recommendations} ${textOf(language, 'portal.count')}</div></li>`;
}

export function homePage(forums: PublishedForumPage[], language: PortalLanguage): string {
  const t = (key: string) => textOf(language, key);
  const all = countByStatus(forums.flatMap((f) => f.recommendations));
  const body = html`<h1>${t('portal.title')}</h1><p>${t('portal.intro')}</p>
<h2>${t('portal.summary')}</h2>${statusBars(all, language)}
<h2>${t('portal.forums')}</h2>${forums.length ? html`<ul class="cards">${forums.map((f) => forumCard(f.forum, language))}</ul>` : html`<p>${t('portal.none')}</p>`}`;
  return page({ language, title: t('portal.title'), path: '/portal', body });
}

function fact(label: string, value: string | number | null): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value === null || value === '' ? '—' : value}</dd></div>`;
}

/** Tags a recommendation may have none of: shown only when it has some. */
function tagFact(label: string, labels: string[]): SafeHtml | string {
  return labels.length ? fact(label, labels.join('; ')) : '';
}

function recommendationCard(recommendation: ShownRecommendation, language: PortalLanguage): SafeHtml {
  const t = (key: string) => textOf(language, key);
  return html`<li><a href="${withLang(`/portal/recommendations/${recommendation.id}`, language)}">${recommendation.text}</a>${originalMark(recommendation, language)}
<div class="muted">${status(language, recommendation.status)} · ${t('portal.responsible')}: ${recommendation.responsibleOrganisation ?? '—'}
· ${t('portal.dueDate')}: ${day(recommendation.dueDate)}${recommendation.themeLabels.length ? html` · ${recommendation.themeLabels.join(', ')}` : ''}</div></li>`;
}

export function forumPage({ forum, recommendations }: PublishedForumPage, language: PortalLanguage): string {
  const t = (key: string) => textOf(language, key);
  const body = html`<h1>${forum.title}${originalMark(forum, language)}</h1>
<dl class="facts">${fact(t('portal.dates'), `${day(forum.startDate)} – ${day(forum.endDate)}`)}
${fact(t('portal.place'), [forum.district, forum.region, forum.country].filter(Boolean).join(', '))}
${fact(t('portal.organisers'), forum.organisers.join(', '))}${fact(t('portal.funders'), forum.funders.filter(Boolean).join(', '))}
${fact(t('portal.participants'), forum.participants)}${fact(t('portal.licence'), forum.licence)}</dl>
<h2>${t('portal.chart')}</h2>${statusBars(forum.byStatus, language)}
<h2>${t('portal.recommendations')} (${recommendations.length})</h2><ul class="cards">${recommendations.map((r) => recommendationCard(r, language))}</ul>`;
  return page({ language, title: forum.title, path: `/portal/forums/${forum.forumId}`, body });
}

function evidenceItem(evidence: PublicEvidence): SafeHtml {
  const label = [evidence.title, evidence.reference].filter(Boolean).join(' — ');
  return evidence.url && /^https?:\/\//i.test(evidence.url)
    ? html`<li><a href="${evidence.url}" rel="nofollow noopener">${label}</a></li>`
    : html`<li>${label}</li>`;
}

function timelineEntry(entry: PublicTimelineEntry, language: PortalLanguage): SafeHtml {
  return html`<li><strong>${day(entry.effectiveAt)}</strong> ${textOf(language, `event.${entry.type}`)} → ${status(language, entry.status)}
${entry.organisation ? html` · ${entry.organisation}` : ''}${entry.percentComplete !== null ? html` · ${entry.percentComplete}%` : ''}
${entry.note ? html`<div>${entry.note}</div>` : ''}${entry.evidence.length ? html`<ul>${entry.evidence.map(evidenceItem)}</ul>` : ''}</li>`;
}

export function recommendationPage({ forum, recommendation, timeline }: PublishedRecommendationPage, language: PortalLanguage): string {
  const t = (key: string) => textOf(language, key);
  const evidence = timeline.flatMap((entry) => entry.evidence);
  const body = html`<p><a href="${withLang(`/portal/forums/${forum.forumId}`, language)}">${t('portal.backToForum')}: ${forum.title}</a></p>
<h1>${t('portal.recommendation')}</h1><p>${recommendation.text}${originalMark(recommendation, language)}</p>
<dl class="facts">${fact(t('portal.status'), textOf(language, `status.${recommendation.status}`))}
${fact(t('portal.responsible'), recommendation.responsibleOrganisation)}${fact(t('portal.dueDate'), day(recommendation.dueDate))}
${fact(t('portal.percent'), recommendation.percentComplete === null ? null : `${recommendation.percentComplete}%`)}
${fact(t('portal.themes'), recommendation.themeLabels.join(', '))}${fact(t('portal.regions'), recommendation.targetRegionLabels.join(', '))}
${tagFact(t('portal.sdgTargets'), recommendation.sdgTargetLabels)}${tagFact(t('portal.cedawAreas'), recommendation.cedawAreaLabels)}
${tagFact(t('portal.mechanisms'), recommendation.mechanismLabels)}${fact(t('portal.licence'), recommendation.licence)}</dl>
<h2>${t('portal.timeline')}</h2><ol class="timeline">${timeline.map((entry) => timelineEntry(entry, language))}</ol>
<h2>${t('portal.evidence')}</h2>${evidence.length ? html`<ul>${evidence.map(evidenceItem)}</ul>` : html`<p>${t('portal.noEvidence')}</p>`}`;
  return page({ language, title: recommendation.text.slice(0, 80), path: `/portal/recommendations/${recommendation.id}`, body });
}

export function notFoundPage(language: PortalLanguage, path: string): string {
  const t = (key: string) => textOf(language, key);
  return page({ language, title: t('portal.notFound'), path, body: html`<h1>${t('portal.notFound')}</h1>` });
}
