import { RecommendationSection } from '../components/recommendation-section.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

/** A coordinator's home: what waits for the secretariat, and the way to everything it manages. */
export function CoordinatorHome() {
  return html`<section>
    <h1 tabindex="-1">${t('coordinator.title')}</h1>
    <p class="actions">
      <a class="button primary" href=${href('/forums/new')}>${t('forums.record')}</a>
      <a class="button" href=${href('/forums')}>${t('nav.forums')}</a>
      <a class="button" href=${href('/organisations')}>${t('nav.organisations')}</a>
      <a class="button" href=${href('/accounts')}>${t('nav.accounts')}</a>
    </p>
    <div class="columns">
      <${RecommendationSection} id="unassigned" title=${t('coordinator.unassigned')} filter=${{ status: 'proposed', sort: 'proposedAt' }} />
      <${RecommendationSection} id="overdue" title=${t('commitments.overdue')} filter=${{ overdue: true, sort: 'dueDate' }} />
      <${RecommendationSection} id="to-verify" title=${t('coordinator.toVerify')} filter=${{ status: 'implemented', sort: 'lastChangedAt' }} />
    </div>
  </section>`;
}
