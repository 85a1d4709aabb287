import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, get } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { html } from '../html.js';
import { FirstCoordinatorSetup } from './first-coordinator.js';
import { t } from '../i18n.js';
import { keepSession } from '../session.js';

/** Sign-in, or on a store without a coordinator yet, the setup of the first one. */
/** @param {{ onSignedIn: (session: import('../session.js').Session) => void }} props */
export function SignIn({ onSignedIn }) {
  const setup = useLoad(() => get('/auth/setup').then((r) => r.body), []);
  const known = setup.data !== undefined || Boolean(setup.error);
  // The page's heading exists only once that is known: focus it then, as on every new page.
  useEffect(() => {
    if (known) requestAnimationFrame(() => document.querySelector(/** @type {'h1'} */ ('main h1'))?.focus());
  }, [known]);
  if (!known) return html`<${Loading} state=${setup} />`;
  if (setup.data?.needed) return html`<${FirstCoordinatorSetup} onSignedIn=${onSignedIn} />`;
  return html`<${SignInForm} onSignedIn=${onSignedIn} />`;
}

/** @param {{ onSignedIn: (session: import('../session.js').Session) => void }} props */
function SignInForm({ onSignedIn }) {
  const form = useForm({ email: '', password: '', code: '' });
  // Shown once the server says the account signs in with a code too (two-factor sign-in).
  const [askCode, setAskCode] = useState(false);
  const signIn = (/** @type {Event} */ event) =>
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
