import { ErrorType } from '@eventstore/db-client';
import { withRetry } from './esdb-retry';
import { redactConnectionString } from '../../config/esdb-connection-string';

const failing = (types: string[]) => {
  let calls = 0;
  const call = async () => {
    const type = types[calls++];
    if (type) throw Object.assign(new Error(type), { type });
    return calls;
  };
  return { call, calls: () => calls };
};
const fast = { attempts: 4, initialBackoffMs: 1, maxBackoffMs: 2 };

describe('withRetry', () => {
  it.each([ErrorType.UNAVAILABLE, ErrorType.NOT_LEADER, ErrorType.CANCELLED, ErrorType.DEADLINE_EXCEEDED])('repeats a call failed with %s', async (type) => {
    const subject = failing([type, type]);
    await expect(withRetry(subject.call, fast)).resolves.toBe(3);
  });

  it('gives up after the last attempt with the last error', async () => {
    const subject = failing(Array(10).fill(ErrorType.UNAVAILABLE));
    await expect(withRetry(subject.call, fast)).rejects.toMatchObject({ type: ErrorType.UNAVAILABLE });
    expect(subject.calls()).toBe(4);
  });

  it('never repeats a refusal such as a wrong expected version', async () => {
    const subject = failing([ErrorType.WRONG_EXPECTED_VERSION]);
    await expect(withRetry(subject.call, fast)).rejects.toMatchObject({ type: ErrorType.WRONG_EXPECTED_VERSION });
    expect(subject.calls()).toBe(1);
  });
});

describe('redactConnectionString', () => {
  it.each([
    ['esdb+discover://admin:p@ss:word@node1:2113,node2:2113?tls=true', 'esdb+discover://***:***@node1:2113,node2:2113?tls=true'],
    ['esdb://follow-through:secret@localhost:2113', 'esdb://***:***@localhost:2113'],
    ['esdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
  ])('%s is shown as %s', (given, shown) => {
    expect(redactConnectionString(given)).toBe(shown);
  });
});
