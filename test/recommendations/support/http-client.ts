/** A small HTTP client for the e2e tests: real requests over loopback, JSON in and out. */
export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body as JSON, read as a client would
  body: any;
}

export type Headers_ = Record<string, string>;

export class HttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  get(path: string, headers: Headers_ = {}): Promise<Reply> {
    return this.send('GET', path, undefined, headers);
  }

  /** `body` is sent as JSON, or as it is when it is a string (to send malformed JSON). */
  post(path: string, body: unknown = {}, headers: Headers_ = {}): Promise<Reply> {
    return this.send('POST', path, body, headers);
  }

  put(path: string, body: unknown = {}, headers: Headers_ = {}): Promise<Reply> {
    return this.send('PUT', path, body, headers);
  }

  private async send(method: string, path: string, body: unknown, headers: Headers_): Promise<Reply> {
    const auth: Headers_ = this.token ? { authorization: `Bearer ${this.token}` } : {};
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...auth, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parse(text) };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
