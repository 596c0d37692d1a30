import { QuadsPage_QuadsDocument as Quads } from '../gql/graphql';
import { answer, mockOperations, refusal } from './render';

afterEach(() => vi.unstubAllGlobals());

const quad = { id: 'q1', session: '2025-26', name: 'Tay', authorities: [] };

describe('typed mocks', () => {
  it('fail to compile when their data no longer fits the generated document', () => {
    // `npm run typecheck` (part of the build) checks these expectations.
    // @ts-expect-error a field the query does not ask for
    answer(Quads, { quads: [{ ...quad, nickname: 'T' }], authorities: [] });
    // @ts-expect-error a field the query asks for is missing
    answer(Quads, () => ({ quads: [{ id: 'q1', session: '2025-26', authorities: [] }], authorities: [] }));
    // @ts-expect-error a value outside the field's type
    answer(Quads, () => ({ quads: [{ ...quad, name: 7 }], authorities: [] }));
    // @ts-expect-error the same, from a function of the variables
    answer(Quads, () => ({ quads: [{ ...quad, name: null }], authorities: [] }));
    expect(answer(Quads, { quads: [quad], authorities: [] }).name).toBe('QuadsPage_Quads');
  });

  it('answer an operation without a handler with an error that names it', async () => {
    mockOperations(answer(Quads, () => refusal('FORBIDDEN', 'Not for you')));
    const response = await fetch('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query Elsewhere_Thing { me { id } }', variables: {} }),
    });
    expect(await response.json()).toEqual({
      data: null,
      errors: [{ message: 'No mock for Elsewhere_Thing', extensions: { code: 'INTERNAL' } }],
    });
  });
});
