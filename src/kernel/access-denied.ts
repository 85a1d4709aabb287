/** The principal may not do this (HTTP 403); the message says which role or organisation is needed. */
export class AccessDenied extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDenied';
  }
}
