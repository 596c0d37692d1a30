import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt, type ADMIN } from '../test/render';
import { ProgrammeSettingsPage } from './programme-settings-page';

const OFFICER: typeof ADMIN = {
  id: '00000000-0000-0000-0000-000000000002',
  name: 'Olive Officer',
  email: 'officer@demo.quads.scot',
  roles: ['PROGRAMME_OFFICER'],
  lead: false,
  organisation: { id: '00000000-0000-0000-0000-0000000000ab', name: 'Education Scotland', kind: 'EDUCATION_SCOTLAND' },
};

const programme = (materials: { id: string; title: string; url: string }[]) => ({
  id: 'p1',
  name: 'Quads 2024-25',
  kind: 'QUADS',
  version: 1,
  phases: [{ number: 1, from: '2024-09', to: '2025-06' }],
  rules: {
    teamSizeMin: 4,
    teamSizeMax: 8,
    hmiRequired: false,
    visitLengthDays: 3,
    selfEvaluationMode: 'RUBRIC',
    gradingRequired: false,
    publicReportRequired: true,
    reciprocity: 'EXPECTED',
  },
  materials,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Answers GraphQL with the programme and each upload with the next of `uploads`. */
function stubServer(uploads: Response[]) {
  let materials: { id: string; title: string; url: string }[] = [];
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/graphql') return json({ data: { programme: programme(materials) } });
      sent.push({ url, init });
      const answer = uploads.shift() ?? json({}, 500);
      if (answer.status === 201) materials = [{ id: 'm1', title: 'Quads handbook', url: '/materials/m1/file' }];
      return answer;
    }),
  );
  return sent;
}

const pdf = () => new File(['%PDF-1.4\n'], 'handbook.pdf', { type: 'application/pdf' });

describe('ProgrammeSettingsPage uploads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('checks the title and the file before sending anything', async () => {
    const user = userEvent.setup();
    const sent = stubServer([]);
    renderAt(<ProgrammeSettingsPage />, { url: '/programmes/p1/settings', path: '/programmes/:id/settings', user: OFFICER });
    await user.click(await screen.findByRole('button', { name: 'Upload the document' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the document’s title' })).toHaveAttribute('href', '#upload-title');
    expect(within(summary).getByRole('link', { name: 'Choose a file' })).toHaveAttribute('href', '#upload-file');
    expect(sent).toHaveLength(0);
  });

  it('sends the title and file as a multipart form from the application, and lists the document', async () => {
    const user = userEvent.setup();
    const sent = stubServer([json({ id: 'm1', title: 'Quads handbook', url: '/materials/m1/file' }, 201)]);
    renderAt(<ProgrammeSettingsPage />, { url: '/programmes/p1/settings', path: '/programmes/:id/settings', user: OFFICER });
    await user.type(await screen.findByLabelText('Document title'), 'Quads handbook');
    await user.upload(screen.getByLabelText('Document'), pdf());
    await user.click(screen.getByRole('button', { name: 'Upload the document' }));
    expect(await screen.findByText('“Quads handbook” is uploaded and added to the materials.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Quads handbook' })).toHaveAttribute('href', '/materials/m1/file');
    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [{ url: string; init: RequestInit }];
    expect(url).toBe('/programmes/p1/materials');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBeTruthy();
    const body = init.body as FormData;
    expect(body.get('title')).toBe('Quads handbook');
    expect((body.get('file') as File).name).toBe('handbook.pdf');
    expect(screen.getByLabelText('Document title')).toHaveValue('');
  });

  it('shows a refusal in the error summary beside the field, keeping what was typed', async () => {
    // The picker's "All files" lets a person choose any type.
    const user = userEvent.setup({ applyAccept: false });
    stubServer([
      json(
        {
          error: {
            code: 'VALIDATION',
            message: 'The file must be a PDF, a Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text',
            field: 'file',
          },
        },
        422,
      ),
    ]);
    renderAt(<ProgrammeSettingsPage />, { url: '/programmes/p1/settings', path: '/programmes/:id/settings', user: OFFICER });
    await user.type(await screen.findByLabelText('Document title'), 'Web page');
    const input = screen.getByLabelText('Document') as HTMLInputElement;
    await user.upload(input, new File(['<html>'], 'page.html', { type: 'text/html' }));
    await user.click(screen.getByRole('button', { name: 'Upload the document' }));
    const summary = await screen.findByRole('alert');
    const message = 'The file must be a PDF, a Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#upload-file');
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Document title')).toHaveValue('Web page');
    expect(input.files?.[0]?.name).toBe('page.html');
  });

  it('reads a refusal from the layers before the route, which answer in the GraphQL shape', async () => {
    const user = userEvent.setup();
    stubServer([json({ errors: [{ message: 'Uploads must come from the Quads application.', extensions: { code: 'VALIDATION' } }] }, 403)]);
    renderAt(<ProgrammeSettingsPage />, { url: '/programmes/p1/settings', path: '/programmes/:id/settings', user: OFFICER });
    await user.type(await screen.findByLabelText('Document title'), 'Quads handbook');
    await user.upload(screen.getByLabelText('Document'), pdf());
    await user.click(screen.getByRole('button', { name: 'Upload the document' }));
    expect(await within(await screen.findByRole('alert')).findByText('Uploads must come from the Quads application.')).toBeInTheDocument();
  });
});
