/** Account events as shown to people: hashes of passwords and token secrets never leave the server. */
const SECRET_FIELDS = ['passwordHash', 'secretHash', 'encryptedSecret', 'recoveryCodeHashes', 'codeHash'];

export function redactAccountData(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, SECRET_FIELDS.includes(key) ? '[redacted]' : value]));
}
