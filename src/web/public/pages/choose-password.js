import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { go } from '../router.js';

/** Where a one-time reset or invitation link leads (#/choose-password?token=pr_…): the person chooses a password. */
/** @param {{ token: string }} props */
export function ChoosePasswordPage({ token }) {
  const [done, setDone] = useState(false);
  const form = useForm({ newPassword: '' });
  const choose = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (values) => required(values, ['newPassword']),
      async (values) => (await api('POST', '/auth/reset-password', { body: { token, newPassword: values.newPassword } }), setDone(true)),
    );
  if (done)
    return html`<section>
      <h1 tabindex="-1">${t('choosePassword.done')}</h1>
      <button type="button" class="primary" onClick=${() => go('/')}>${t('signIn.submit')}</button>
    </section>`;
  return html`<section class="sign-in">
    <h1 tabindex="-1">${t('choosePassword.title')}</h1>
    <form id=${form.id} onSubmit=${choose} novalidate>
      <${Field} form=${form} name="newPassword" type="password" label=${t('me.newPassword')} hint=${t('me.passwordRules')} autocomplete="new-password" />
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('choosePassword.submit')}<//>
    </form>
  </section>`;
}
