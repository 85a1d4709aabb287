import { RecommendationSection } from '../components/recommendation-section.js';
import { html } from '../html.js';
import { t } from '../i18n.js';

/**
 * A stakeholder's home: what is assigned to their organisation, what to do first.
 * @param {import('../session.js').PageProps} props
 */
export function OurCommitments({ session }) {
  const organisationId = session.principal.organisationId;
  return html`<section>
    <h1 tabindex="-1">${t('commitments.title')}</h1>
    <p>${t('commitments.intro')}</p>
    <div class="columns">
      <${RecommendationSection} id="awaiting" title=${t('commitments.awaiting')} filter=${{ organisationId, status: 'assigned', sort: 'dueDate' }} empty=${t('commitments.awaitingEmpty')} />
      <${RecommendationSection} id="overdue" title=${t('commitments.overdue')} filter=${{ organisationId, overdue: true, sort: 'dueDate' }} empty=${t('commitments.overdueEmpty')} exportable />
      <${RecommendationSection} id="due-soon" title=${t('commitments.dueSoon')} filter=${{ organisationId, status: 'accepted,in_progress', overdue: false, sort: 'dueDate' }} empty=${t('commitments.dueSoonEmpty')} />
      <${RecommendationSection} id="done" title=${t('commitments.done')} filter=${{ organisationId, status: 'implemented,verified', sort: 'lastChangedAt', order: 'desc' }} />
    </div>
  </section>`;
}
