import { useEffect, useRef, useState } from 'preact/hooks';
import { api, get } from './api.js';
import { html, render } from './html.js';
import { LANGUAGES, currentLanguage, label, loadOpeningLanguage, setLanguage, t } from './i18n.js';
import { AccountsPage } from './pages/accounts.js';
import { ChoosePasswordPage } from './pages/choose-password.js';
import { CoordinatorHome } from './pages/coordinator-home.js';
import { DonorDashboard } from './pages/donor-dashboard.js';
import { ForumPage } from './pages/forum.js';
import { ForumsPage } from './pages/forums.js';
import { ImportPage } from './pages/import.js';
import { MyAccountPage } from './pages/my-account.js';
import { NotificationsPage } from './pages/notifications.js';
import { OrganisationsPage } from './pages/organisations.js';
import { OurCommitments } from './pages/our-commitments.js';
import { RecommendationPage } from './pages/recommendation.js';
import { RecommendationsPage } from './pages/recommendations.js';
import { RecordForumPage } from './pages/record-forum.js';
import { RecurrencePage } from './pages/recurrence.js';
import { ReportsPage } from './pages/reports.js';
import { SignIn } from './pages/sign-in.js';
import { VocabulariesPage } from './pages/vocabularies.js';
import { UnreadCount } from './components/unread-count.js';
import { go, href, useRoute } from './router.js';
import { currentSession, endSession } from './session.js';

/** What each role finds in the menu; the server refuses the rest anyway. @type {Record<string, [path: string, key: string][]>} */
const MENU = {
  coordinator: [
    ['/', 'nav.home'],
    ['/forums', 'nav.forums'],
    ['/recommendations', 'nav.recommendations'],
    ['/organisations', 'nav.organisations'],
    ['/accounts', 'nav.accounts'],
    ['/reports', 'nav.reports'],
  ],
  stakeholder: [
    ['/', 'nav.commitments'],
    ['/recommendations', 'nav.recommendations'],
    ['/forums', 'nav.forums'],
    ['/organisations', 'nav.organisations'],
  ],
  donor: [
    ['/', 'nav.dashboard'],
    ['/recommendations', 'nav.recommendations'],
    ['/forums', 'nav.forums'],
    ['/reports', 'nav.reports'],
  ],
  viewer: [
    ['/', 'nav.recommendations'],
    ['/forums', 'nav.forums'],
    ['/organisations', 'nav.organisations'],
    ['/reports', 'nav.reports'],
  ],
};

/** @param {{ route: { path: string[], query: Record<string, string> }, session: import('./session.js').Session, account: import('./session.js').Account | null }} props */
function Page({ route, session, account }) {
  const [first, second] = route.path;
  const props = { session, account, query: route.query };
  const role = session.principal.role;
  if (!first) {
    if (role === 'coordinator') return html`<${CoordinatorHome} ...${props} />`;
    if (role === 'stakeholder') return html`<${OurCommitments} ...${props} />`;
    if (role === 'donor') return html`<${DonorDashboard} ...${props} />`;
    return html`<${RecommendationsPage} ...${props} />`;
  }
  if (first === 'recommendations')
    return second ? html`<${RecommendationPage} key=${second} id=${second} ...${props} />` : html`<${RecommendationsPage} ...${props} />`;
  if (first === 'forums' && second === 'new') return html`<${RecordForumPage} ...${props} />`;
  if (first === 'forums') return second ? html`<${ForumPage} key=${second} id=${second} ...${props} />` : html`<${ForumsPage} ...${props} />`;
  if (first === 'organisations') return html`<${OrganisationsPage} ...${props} />`;
  if (first === 'accounts') return html`<${AccountsPage} ...${props} />`;
  if (first === 'reports') return html`<${ReportsPage} ...${props} />`;
  if (first === 'me') return html`<${MyAccountPage} ...${props} />`;
  if (first === 'import' && role === 'coordinator') return html`<${ImportPage} ...${props} />`;
  if (first === 'notifications') return html`<${NotificationsPage} ...${props} />`;
  if (first === 'recurrence') return html`<${RecurrencePage} ...${props} />`;
  if (first === 'vocabularies' && role === 'coordinator') return html`<${VocabulariesPage} ...${props} />`;
  return html`<section><h1 tabindex="-1">${t('notFound.title')}</h1><p><a href="#/">${t('nav.home')}</a></p></section>`;
}

/** @param {{ onChange: (code: string) => void }} props */
function LanguageChoice({ onChange }) {
  return html`<div class="language">
    <label for="language" class="visually-hidden">${t('language')}</label>
    <select id="language" value=${currentLanguage()} onChange=${(/** @type {import('./components/form.js').ControlEvent} */ e) => onChange(e.currentTarget.value)}>
      ${LANGUAGES.map(({ code, name }) => html`<option value=${code} lang=${code}>${name}</option>`)}
    </select>
  </div>`;
}

function App() {
  const [session, setSession] = useState(currentSession);
  const [account, setAccount] = useState(/** @type {{ name: string, organisationId: string | null, language?: string } | null} */ (null));
  const [, setLanguageShown] = useState(/** @type {string} */ (currentLanguage()));
  const route = useRoute();
  const main = useRef(/** @type {HTMLElement | null} */ (null));

  useEffect(() => {
    const signedOut = () => (setSession(null), setAccount(null));
    window.addEventListener('follow-through:signed-out', signedOut);
    return () => window.removeEventListener('follow-through:signed-out', signedOut);
  }, []);

  // The account's saved language applies on signing in, unless its reader has chosen one since.
  const choseLanguage = useRef(false);
  useEffect(() => {
    if (!session) return;
    choseLanguage.current = false;
    get(`/accounts/${session.principal.accountId}`).then(
      ({ body }) => {
        if (body.language && body.language !== currentLanguage() && !choseLanguage.current) {
          setLanguage(body.language).then(() => setLanguageShown(body.language));
        }
        setAccount(body);
      },
      () => setAccount({ name: '', organisationId: session.principal.organisationId }),
    );
  }, [session]);

  // A new page: move focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    requestAnimationFrame(() => main.current?.querySelector('h1')?.focus({ preventScroll: false }));
  }, [route.path.join('/'), Boolean(session)]);

  /** @param {string} code */
  async function chooseLanguage(code) {
    choseLanguage.current = true;
    await setLanguage(code);
    setLanguageShown(code);
    if (session) await api('PUT', '/accounts/me/language', { body: { language: code } }).catch(() => undefined);
  }

  const signOut = () => (endSession(), go('/'));
  const role = session?.principal.role;
  return html`<div class="layout">
    <a class="skip" href="#main" onClick=${(/** @type {Event} */ e) => (e.preventDefault(), main.current?.querySelector('h1')?.focus())}>${t('skip')}</a>
    <header class="top">
      <a class="brand" href="#/">Follow-through</a>
      ${
        session &&
        html`<nav aria-label=${t('nav.label')}>
        <ul>
          ${MENU[role ?? 'viewer'].map(([path, key]) => {
            const current = `/${route.path[0] ?? ''}` === path;
            return html`<li><a href=${href(path)} aria-current=${current ? 'page' : undefined}>${t(key)}</a></li>`;
          })}
        </ul>
      </nav>`
      }
      <div class="who">
        <${LanguageChoice} onChange=${chooseLanguage} />
        ${
          session &&
          html`<${UnreadCount} routeKey=${route.path.join('/')} current=${route.path[0] === 'notifications'} />
          <a class="account" href=${href('/me')}>${account?.name} · ${label('role', role)}</a>
          <button type="button" class="link" onClick=${signOut}>${t('signOut')}</button>`
        }
      </div>
    </header>
    <main id="main" ref=${main}>
      ${
        route.path[0] === 'choose-password'
          ? html`<${ChoosePasswordPage} token=${route.query.token ?? ''} />`
          : session
            ? html`<${Page} route=${route} session=${session} account=${account} />`
            : html`<${SignIn} onSignedIn=${(/** @type {import('./session.js').Session} */ s) => (setSession(s), go('/'))} />`
      }
    </main>
  </div>`;
}

const root = /** @type {HTMLElement} */ (document.getElementById('app'));
loadOpeningLanguage().then(() => {
  root.textContent = ''; // Preact 11 renders beside what is there: drop the "loading" line first.
  render(html`<${App} />`, root);
});
