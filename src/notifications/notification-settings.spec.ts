import { InvalidConfigError, loadAppConfig } from '../config/app-config';

describe('notification settings', () => {
  it('defaults: no relay (inbox only), reminders 14 and 3 days before, escalation after 14 days overdue', () => {
    const config = loadAppConfig({});
    expect(config.SMTP_URL).toBe('');
    expect(config.REMINDER_DAYS_BEFORE).toBe('14,3');
    expect(config.REMINDER_ESCALATE_AFTER_DAYS).toBe(14);
    expect(config.DIGEST_HOUR_UTC).toBe(7);
  });

  it('reads a relay with credentials and a sender with a name', () => {
    const config = loadAppConfig({
      SMTP_URL: 'smtps://mailer:s3cret@relay.example.org:465',
      MAIL_FROM: 'Tracker <tracker@example.org>',
      REMINDER_DAYS_BEFORE: '30,7,1',
    });
    expect(config.SMTP_URL).toBe('smtps://mailer:s3cret@relay.example.org:465');
    expect(config.MAIL_FROM).toBe('Tracker <tracker@example.org>');
  });

  it.each([
    [{ SMTP_URL: 'http://relay.example.org' }, /SMTP_URL="http:\/\/relay.example.org": SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ MAIL_FROM: 'nobody' }, /MAIL_FROM="nobody": MAIL_FROM must be an address/],
    [{ REMINDER_DAYS_BEFORE: '14, 3' }, /REMINDER_DAYS_BEFORE must be comma-separated whole numbers/],
    [{ REMINDER_ESCALATE_AFTER_DAYS: '0' }, /REMINDER_ESCALATE_AFTER_DAYS="0": .*must not be less than 1/],
    [{ DIGEST_HOUR_UTC: '24' }, /DIGEST_HOUR_UTC="24": .*must not be greater than 23/],
    [{ PUBLIC_BASE_URL: 'tracker.example.org' }, /PUBLIC_BASE_URL must be an http\(s\) URL/],
  ])('refuses %j naming the setting', (env, message) => {
    expect(() => loadAppConfig(env)).toThrow(InvalidConfigError);
    expect(() => loadAppConfig(env)).toThrow(message);
  });

  it('never prints the relay password', () => {
    let message = '';
    try {
      loadAppConfig({ SMTP_URL: 'smtp://mailer:s3cret@relay example.org' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SMTP_URL="smtp://***@relay example.org"');
    expect(message).not.toContain('s3cret');
  });
});
