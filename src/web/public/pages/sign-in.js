import { useState } from 'preact/hooks';
import { ApiError, api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { keepSession } from '../session.js';

export function SignIn({ onSignedIn }) {
  const form = useForm({ email: '', password: '', code: '' });
  // Shown once the server says the account signs in with a code too (two-factor sign-in).
  const [askCode, setAskCode] = useState(false);
  const signIn = (event) =>
    form.submit(
      event,
      (values) => required(values, askCode ? ['email', 'password', 'code'] : ['email', 'password']),
      async (values) => {
        const code = values.code.trim();
        const second = !askCode ? {} : /^\d{6}$/.test(code) ? { code } : { recoveryCode: code };
        try {
          const { body } = await api('POST', '/auth/login', { body: { email: values.email.trim(), password: values.password, ...second } });
          keepSession(body);
          onSignedIn(body);
        } catch (error) {
          if (!(error instanceof ApiError && error.body?.code === 'TwoFactorRequired')) throw error;
          setAskCode(true);
        }
      },
    );
  return html`<section class="sign-in">
    <h1 tabindex="-1">${t('signIn.title')}</h1>
    <p>${t('signIn.intro')}</p>
    <form id=${form.id} onSubmit=${signIn} novalidate>
      <${Field} form=${form} name="email" type="email" label=${t('field.email')} autocomplete="username" />
      <${Field} form=${form} name="password" type="password" label=${t('field.password')} autocomplete="current-password" />
      ${askCode && html`<${Field} form=${form} name="code" label=${t('me.code')} hint=${t('signIn.codeHint')} inputmode="numeric" autocomplete="one-time-code" />`}
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('signIn.submit')}<//>
    </form>
  </section>`;
}
