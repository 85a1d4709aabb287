import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { NotificationPreferences } from '../components/notification-preferences.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { endSession } from '../session.js';

/** Change your own password: every session ends, so the page goes back to sign-in. */
/** @param {{ accountId: string }} props */
function ChangePassword({ accountId }) {
  const form = useForm({ currentPassword: '', newPassword: '' });
  const change = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (values) => required(values, ['currentPassword', 'newPassword']),
      async (values) => {
        await api('POST', `/accounts/${accountId}/password`, { body: values });
        endSession();
      },
    );
  return html`<section aria-labelledby="password-heading">
    <h2 id="password-heading">${t('me.password')}</h2>
    <form id=${form.id} onSubmit=${change} novalidate>
      <${Field} form=${form} name="currentPassword" type="password" label=${t('me.currentPassword')} autocomplete="current-password" />
      <${Field} form=${form} name="newPassword" type="password" label=${t('me.newPassword')} hint=${t('me.passwordRules')} autocomplete="new-password" />
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('me.changePassword')}<//>
    </form>
  </section>`;
}

/** Two-factor sign-in: start, confirm with a first code, see the recovery codes once; or turn it off. */
/** @param {{ accountId: string, status: string }} props */
function TwoFactor({ accountId, status }) {
  const [enrolment, setEnrolment] = useState(/** @type {{ secret: string, otpauthUri: string } | null} */ (null));
  const [recoveryCodes, setRecoveryCodes] = useState(/** @type {string[] | null} */ (null));
  const form = useForm({ code: '' });
  const start = async () => setEnrolment((await api('POST', '/accounts/me/two-factor', { body: {} })).body);
  const confirm = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (values) => required(values, ['code']),
      async (values) => setRecoveryCodes((await api('POST', '/accounts/me/two-factor/confirm', { body: { code: values.code.trim() } })).body.recoveryCodes),
    );
  const turnOff = async () => (await api('POST', `/accounts/${accountId}/two-factor/disable`), location.reload());
  if (recoveryCodes)
    return html`<section aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">${t('me.twoFactor')}</h2>
      <p>${t('me.recoveryCodesIntro')}</p>
      <ul class="recovery-codes">${recoveryCodes.map((code) => html`<li><code>${code}</code></li>`)}</ul>
      <button type="button" class="primary" onClick=${() => endSession()}>${t('me.signInAgain')}</button>
    </section>`;
  return html`<section aria-labelledby="two-factor-heading">
    <h2 id="two-factor-heading">${t('me.twoFactor')}</h2>
    ${
      status === 'on'
        ? html`<p>${t('me.twoFactorOn')}</p><button type="button" onClick=${turnOff}>${t('me.turnOff')}</button>`
        : enrolment
          ? html`<p>${t('me.enrolIntro')}</p>
            <p><code class="secret">${enrolment.secret}</code></p>
            <p class="hint"><a href=${enrolment.otpauthUri}>${enrolment.otpauthUri}</a></p>
            <form id=${form.id} onSubmit=${confirm} novalidate>
              <${Field} form=${form} name="code" label=${t('me.code')} inputmode="numeric" autocomplete="one-time-code" />
              <${FormError} form=${form} />
              <${Submit} form=${form}>${t('me.confirm')}<//>
            </form>`
          : html`<p>${t('me.twoFactorOff')}</p><button type="button" class="primary" onClick=${start}>${t('me.turnOn')}</button>`
    }
  </section>`;
}

/**
 * The signed-in person's own account: password, two-factor sign-in, notifications by e-mail, signing out everywhere.
 * @param {import('../session.js').PageProps} props
 */
export function MyAccountPage({ session, account }) {
  const accountId = session.principal.accountId;
  const signOutEverywhere = async () => (await api('POST', `/accounts/${accountId}/sign-out-everywhere`), endSession());
  return html`<section class="my-account">
    <h1 tabindex="-1">${t('me.title')}</h1>
    <${ChangePassword} accountId=${accountId} />
    ${account && html`<${TwoFactor} accountId=${accountId} status=${account.twoFactor} />`}
    <${NotificationPreferences} />
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">${t('me.sessions')}</h2>
      <p>${t('me.sessionsIntro')}</p>
      <button type="button" onClick=${signOutEverywhere}>${t('me.signOutEverywhere')}</button>
    </section>
  </section>`;
}
