import { api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { keepSession } from '../session.js';

export function SignIn({ onSignedIn }) {
  const form = useForm({ email: '', password: '' });
  const signIn = (event) =>
    form.submit(
      event,
      (values) => required(values, ['email', 'password']),
      async (values) => {
        const { body } = await api('POST', '/auth/login', { body: { email: values.email.trim(), password: values.password } });
        keepSession(body);
        onSignedIn(body);
      },
    );
  return html`<section class="sign-in">
    <h1 tabindex="-1">${t('signIn.title')}</h1>
    <p>${t('signIn.intro')}</p>
    <form id=${form.id} onSubmit=${signIn} novalidate>
      <${Field} form=${form} name="email" type="email" label=${t('field.email')} autocomplete="username" />
      <${Field} form=${form} name="password" type="password" label=${t('field.password')} autocomplete="current-password" />
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('signIn.submit')}<//>
    </form>
  </section>`;
}
