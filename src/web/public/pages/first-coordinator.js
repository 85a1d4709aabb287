import { ApiError, api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { keepSession } from '../session.js';

/**
 * On a store without a coordinator: the one-time setup token printed in the terminal where the app started
 * becomes the first coordinator's account, who is then signed in.
 */
/** @param {{ onSignedIn: (session: import('../session.js').Session) => void }} props */
export function FirstCoordinatorSetup({ onSignedIn }) {
  const form = useForm({ setupToken: '', name: '', email: '', password: '' });
  const setUp = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (values) => ({
        ...required(values, ['setupToken', 'name', 'email', 'password']),
        ...(values.password && values.password.length < 12 ? { password: t('setup.passwordTooShort') } : {}),
      }),
      async (values) => {
        const account = { email: values.email.trim(), name: values.name.trim(), password: values.password };
        await api('POST', '/auth/setup', { body: { ...account, setupToken: values.setupToken.trim() } }).catch((error) => {
          // A refused token is not a failed sign-in: say so beside the token.
          if (error instanceof ApiError && error.status === 401)
            throw new ApiError(422, { errors: [{ field: 'setupToken', rule: 'setupToken', message: t('setup.tokenRefused') }] });
          throw error;
        });
        const { body } = await api('POST', '/auth/login', { body: { email: account.email, password: account.password } });
        keepSession(body);
        onSignedIn(body);
      },
    );
  return html`<section class="sign-in">
    <h1 tabindex="-1">${t('setup.title')}</h1>
    <p>${t('setup.intro')}</p>
    <form id=${form.id} onSubmit=${setUp} novalidate>
      <${Field} form=${form} name="setupToken" label=${t('setup.token')} hint=${t('setup.tokenHint')} autocomplete="off" spellcheck="false" />
      <${Field} form=${form} name="name" label=${t('field.name')} autocomplete="name" />
      <${Field} form=${form} name="email" type="email" label=${t('field.email')} autocomplete="username" />
      <${Field} form=${form} name="password" type="password" label=${t('field.password')} hint=${t('setup.passwordHint')} autocomplete="new-password" />
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('setup.submit')}<//>
    </form>
  </section>`;
}
