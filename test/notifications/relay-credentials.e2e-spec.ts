import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { startNotifyingApp } from './support/notifying-app';

it('signs in to a relay that wants credentials, a password with URL-escaped characters included', async () => {
  const mail = new MailServer({ user: 'mailer', pass: 'p@ss:w/rd' });
  await mail.start();
  const app = await startNotifyingApp({ env: { SMTP_URL: `smtp://mailer:${encodeURIComponent('p@ss:w/rd')}@127.0.0.1:${mail.port}` } });
  try {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Culture');
    const person = await app.person('stakeholder', ministry);
    const id = await propose(app.coordinator, await recordForum(app.coordinator, []));
    expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
    await mail.waitFor(() => mail.to(person.email).length === 1);
  } finally {
    await app.close();
    await mail.stop();
  }
});
