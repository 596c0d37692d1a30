import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TableRegion } from '../../components/table-region';
import { TextInput } from '../../components/text-input';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { UploadForm, useUpload } from './upload-form';

export const MaterialsSectionFragment = graphql(`
  fragment MaterialsSection_Programme on Programme {
    id
    materials {
      id
      title
      url
    }
  }
`);

const AddMaterialMutation = graphql(`
  mutation MaterialsSection_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {
    addMaterial(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

const RemoveMaterialMutation = graphql(`
  mutation MaterialsSection_RemoveMaterial($id: UUID!) {
    removeMaterial(id: $id)
  }
`);

/**
 * The programme's pre-reading and guidance: the list (each removable), a
 * form to add a link and a form to upload a document.
 */
export function MaterialsSection(props: {
  programme: FragmentType<typeof MaterialsSectionFragment>;
  onChange: (message: string) => void;
}) {
  const { onChange } = props;
  const programme = getFragmentData(MaterialsSectionFragment, props.programme);
  const [addMaterial, add] = useMutation(AddMaterialMutation);
  const [removeMaterial, remove] = useMutation(RemoveMaterialMutation);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const linkErrors = toFormErrors([...add.errors, ...remove.errors], { title: 'material-title', url: 'material-url' });
  const upload = useUpload(programme.id, onChange);
  const formErrors = { items: [...linkErrors.items, ...upload.formErrors.items], byField: linkErrors.byField };
  const materials = programme.materials ?? [];

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (!title.trim()) problems.push(validationError('title', 'Enter the material’s title'));
    if (!/^https?:\/\/\S+$/.test(url.trim()))
      problems.push(validationError('url', 'Enter a link starting with https://'));
    if (problems.length > 0) {
      add.setErrors(problems);
      return;
    }
    const result = await addMaterial({ programmeId: programme.id, input: { title: title.trim(), url: url.trim() } });
    if (!result) return;
    setTitle('');
    setUrl('');
    onChange(`“${title.trim()}” is added to the materials.`);
  };

  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">Pre-reading and guidance</h2>
      <p>Team members get these with their invitation.</p>
      <ErrorSummary items={formErrors.items} />
      {materials.length === 0 ? (
        <p>No materials yet.</p>
      ) : (
        <TableRegion label="Materials">
          <table className="ds_table">
            <caption className="visually-hidden">Materials</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {materials.map((m) => (
                <tr key={m.id}>
                  <td>
                    <a href={m.url}>{m.title}</a>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="ds_button ds_button--secondary ds_button--small"
                      disabled={remove.pending}
                      onClick={() =>
                        void removeMaterial({ id: m.id }).then((r) => {
                          if (r) onChange(`“${m.title}” is removed.`);
                        })
                      }
                    >
                      Remove<span className="visually-hidden"> {m.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <form onSubmit={(e) => void onAdd(e)} noValidate>
        <h3>Add a link</h3>
        <TextInput
          id="material-title"
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={formErrors.byField.title}
          width="fluid-two-thirds"
        />
        <TextInput
          id="material-url"
          label="Link"
          hint="For example, https://education.gov.scot/…"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          error={formErrors.byField.url}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button ds_button--secondary" disabled={add.pending}>
          Add the link
        </button>
      </form>
      <UploadForm upload={upload} />
    </section>
  );
}
