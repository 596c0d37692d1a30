import { TypedDocumentString } from '../gql/graphql';
import { mockGraphQL } from '../test/render';
import { describeError, execute, formatWait, GraphQLRequestError, toApiError } from './graphql-client';

const Query = new TypedDocumentString<{ authority: { name: string } }, { gssCode: string }>(
  'query GraphqlClientTest_Authority($gssCode: String!) { authority(gssCode: $gssCode) { name } }',
);

afterEach(() => vi.unstubAllGlobals());

describe('execute', () => {
  it('posts JSON to /graphql with the session cookie and returns the data', async () => {
    const calls = mockGraphQL(() => ({ data: { authority: { name: 'Fife' } } }));
    const data = await execute(Query, { gssCode: 'S12000047' });
    expect(data.authority.name).toBe('Fife');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json');
    expect(calls[0]?.query).toContain('query GraphqlClientTest_Authority');
    expect(calls[0]?.variables).toEqual({ gssCode: 'S12000047' });
  });

  it('turns errors into typed values by extensions.code', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [
        { message: 'Too short', extensions: { code: 'VALIDATION', field: 'password' } },
        { message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 90 } },
        { message: 'Odd', extensions: { code: 'SOMETHING_NEW' } },
      ],
    }));
    const error = await execute(Query, { gssCode: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const { errors } = error as GraphQLRequestError;
    expect(errors[0]).toEqual({ code: 'VALIDATION', message: 'Too short', field: 'password' });
    expect(errors[1]).toEqual({ code: 'RATE_LIMITED', message: 'Slow down', retryAfterSeconds: 90 });
    expect(errors[2]?.code).toBe('INTERNAL');
  });

  it('lists each reason of a refusal for several reasons as its own error, with its field', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [
        {
          message: 'Enter the finding. 9.9 is not an indicator of this framework.',
          extensions: {
            code: 'VALIDATION',
            field: 'text',
            reasons: [
              { field: 'text', message: 'Enter the finding' },
              { field: 'indicators', message: '9.9 is not an indicator of this framework' },
            ],
          },
        },
      ],
    }));
    const error = (await execute(Query, { gssCode: 'x' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([
      { code: 'VALIDATION', field: 'text', message: 'Enter the finding' },
      { code: 'VALIDATION', field: 'indicators', message: '9.9 is not an indicator of this framework' },
    ]);
  });

  it('reports a network failure as NETWORK', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await execute(Query, { gssCode: 'x' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.has('NETWORK')).toBe(true);
  });

  it('reports a response that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 502 })));
    const error = (await execute(Query, { gssCode: 'x' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors[0]?.message).toContain('HTTP 502');
  });
});

describe('describeError', () => {
  it('tells a rate-limited user how long to wait', () => {
    expect(describeError({ code: 'RATE_LIMITED', message: 'x', retryAfterSeconds: 30 })).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(describeError({ code: 'RATE_LIMITED', message: 'x', retryAfterSeconds: 61 })).toBe(
      'Too many attempts. Try again in 2 minutes.',
    );
  });
  it('shows what to do when waiting will not help', () => {
    expect(describeError({ code: 'RATE_LIMITED', message: 'Set a new password.' })).toBe('Set a new password.');
  });
  it('never shows internal messages', () => {
    expect(describeError({ code: 'INTERNAL', message: 'db pool exhausted' })).not.toContain('db');
  });
  it('formats waits', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(60)).toBe('1 minute');
  });
  it('keeps guard lists', () => {
    expect(toApiError({ message: 'm', extensions: { code: 'GUARD_FAILED', unmet: [{ code: 'A', message: 'Add a lead' }] } }).guards).toEqual([
      { code: 'A', message: 'Add a lead' },
    ]);
  });
});
