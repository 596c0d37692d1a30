import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import { useQuery } from '../lib/use-query';
import { MaterialsSection } from './programme-settings/materials-section';
import { SettingsForm } from './programme-settings/settings-form';

// A programme's settings (/programmes/:id/settings) and a new programme
// (/programmes/new): the form and the materials live in
// ./programme-settings/, each with its fragment.

const ProgrammeQuery = graphql(`
  query ProgrammeSettingsPage_Programme($id: UUID!) {
    programme(id: $id) {
      id
      name
      version
      ...SettingsForm_Programme
      ...MaterialsSection_Programme
    }
  }
`);

export function NewProgrammePage() {
  return (
    <Page title="Create a programme">
      <SettingsForm onSaved={() => undefined} />
    </Page>
  );
}

export function ProgrammeSettingsPage() {
  const { id = '' } = useParams();
  const { data, loading, errors, refetch } = useQuery(ProgrammeQuery, { id });
  const [params] = useSearchParams();
  const [message, setMessage] = useState<string | null>(
    params.get('created') === '1' ? 'The programme is created. Add its materials below.' : null,
  );
  const [formKey, setFormKey] = useState(0);
  const programme = data?.programme;
  if (!programme) {
    return (
      <Page title="Programme settings">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const done = (text: string) => {
    setMessage(text);
    refetch();
  };
  return (
    <Page
      title="Programme settings"
      label={programme.name}
      banner={
        message ? (
          <NotificationBanner variant="success" focusOnMount key={message}>
            <p>{message}</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p>
        <Link to={`/programmes/${programme.id}`}>Back to the programme’s timetable</Link>
      </p>
      <SettingsForm
        key={`${programme.version}-${formKey}`}
        programme={programme}
        onSaved={() => {
          setFormKey((k) => k + 1);
          done('The settings are saved.');
        }}
      />
      <MaterialsSection programme={programme} onChange={done} />
    </Page>
  );
}
