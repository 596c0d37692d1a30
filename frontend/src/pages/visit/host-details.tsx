import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TableRegion } from '../../components/table-region';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';

// The host's part of the plan: its contacts (role, name, email; later
// invited to sessions and the survey) and the places the visit uses.
// Recorded by the host authority's users and host leads; the team sees the
// places but not the contacts.

const AddContact = graphql(`
  mutation HostDetails_AddContact($reviewId: UUID!, $input: HostContactInput!) {
    addHostContact(reviewId: $reviewId, input: $input) {
      reviewId
      sequence
    }
  }
`);
const RemoveContact = graphql(`
  mutation HostDetails_RemoveContact($contactId: UUID!) {
    removeHostContact(contactId: $contactId) {
      reviewId
      sequence
    }
  }
`);
const AddPlace = graphql(`
  mutation HostDetails_AddPlace($reviewId: UUID!, $input: VisitPlaceInput!) {
    addVisitPlace(reviewId: $reviewId, input: $input) {
      reviewId
      sequence
    }
  }
`);
const RemovePlace = graphql(`
  mutation HostDetails_RemovePlace($placeId: UUID!) {
    removeVisitPlace(placeId: $placeId) {
      reviewId
      sequence
    }
  }
`);

interface Contact {
  id: string;
  role: string;
  name: string;
  email: string;
}
interface Place {
  id: string;
  name: string;
  address?: string | null;
}

interface Props {
  reviewId: string;
  contacts: readonly Contact[] | null | undefined;
  places: readonly Place[];
  canRecord: boolean;
  onChanged: (message: string) => void;
}

export function HostDetails({ reviewId, contacts, places, canRecord, onChanged }: Props) {
  return (
    <>
      {contacts && <Contacts reviewId={reviewId} contacts={contacts} canRecord={canRecord} onChanged={onChanged} />}
      <Places reviewId={reviewId} places={places} canRecord={canRecord} onChanged={onChanged} />
    </>
  );
}

function Contacts({
  reviewId,
  contacts,
  canRecord,
  onChanged,
}: {
  reviewId: string;
  contacts: readonly Contact[];
  canRecord: boolean;
  onChanged: (message: string) => void;
}) {
  const [role, setRole] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [add, addState] = useMutation(AddContact);
  const [remove, removeState] = useMutation(RemoveContact);
  const formErrors = toFormErrors([...addState.errors, ...removeState.errors], {
    role: 'contact-role',
    name: 'contact-name',
    email: 'contact-email',
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = [];
    if (role.trim() === '') problems.push(validationError('role', 'Enter the contact’s role'));
    if (name.trim() === '') problems.push(validationError('name', 'Enter the contact’s name'));
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()))
      problems.push(validationError('email', 'Enter an email address, like name@example.org'));
    if (problems.length > 0) {
      addState.setErrors(problems);
      return;
    }
    const result = await add({ reviewId, input: { role: role.trim(), name: name.trim(), email: email.trim() } });
    if (result) {
      setRole('');
      setName('');
      setEmail('');
      onChanged(`${name.trim()} is recorded as a contact.`);
    }
  };

  const onRemove = async (contact: Contact) => {
    if (await remove({ contactId: contact.id })) onChanged(`${contact.name} is no longer a contact.`);
  };

  return (
    <section aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">Host contacts</h3>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      {contacts.length === 0 ? (
        <p>No contacts are recorded yet.</p>
      ) : (
        <TableRegion label="Host contacts">
          <table className="ds_table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                {canRecord && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <td>{c.role}</td>
                  <td>{c.name}</td>
                  <td>{c.email}</td>
                  {canRecord && (
                    <td>
                      <button
                        type="button"
                        className="ds_button ds_button--small ds_button--secondary"
                        onClick={() => void onRemove(c)}
                        disabled={removeState.pending}
                      >
                        Remove<span className="visually-hidden"> {c.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canRecord && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="add-contact-heading">
          <h4 id="add-contact-heading">Add a contact</h4>
          <TextInput
            id="contact-role"
            name="role"
            label="Role"
            hint="For example, Headteacher, Leith Academy"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={formErrors.byField.role}
            width="fluid-two-thirds"
          />
          <TextInput
            id="contact-name"
            name="name"
            label="Name"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={formErrors.byField.name}
            width="fluid-two-thirds"
          />
          <TextInput
            id="contact-email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={formErrors.byField.email}
            width="fluid-two-thirds"
          />
          <button type="submit" className="ds_button ds_button--secondary" disabled={addState.pending}>
            Add the contact
          </button>
        </form>
      )}
    </section>
  );
}

function Places({
  reviewId,
  places,
  canRecord,
  onChanged,
}: {
  reviewId: string;
  places: readonly Place[];
  canRecord: boolean;
  onChanged: (message: string) => void;
}) {
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [add, addState] = useMutation(AddPlace);
  const [remove, removeState] = useMutation(RemovePlace);
  const formErrors = toFormErrors([...addState.errors, ...removeState.errors], {
    name: 'place-name',
    address: 'place-address',
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      addState.setErrors([validationError('name', 'Enter the place’s name')]);
      return;
    }
    const input = { name: name.trim(), address: address.trim() === '' ? null : address.trim() };
    if (await add({ reviewId, input })) {
      setName('');
      setAddress('');
      onChanged(`${input.name} is recorded as a place of the visit.`);
    }
  };

  const onRemove = async (place: Place) => {
    if (await remove({ placeId: place.id })) onChanged(`${place.name} is no longer a place of the visit.`);
  };

  return (
    <section aria-labelledby="places-heading">
      <h3 id="places-heading">Places</h3>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      {places.length === 0 ? (
        <p>No places are recorded yet.</p>
      ) : (
        <ul className="ds_no-bullets">
          {places.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.address ? `, ${p.address}` : ''}{' '}
              {canRecord && (
                <button
                  type="button"
                  className="ds_button ds_button--small ds_button--secondary"
                  onClick={() => void onRemove(p)}
                  disabled={removeState.pending}
                >
                  Remove<span className="visually-hidden"> {p.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="add-place-heading">
          <h4 id="add-place-heading">Add a place</h4>
          <TextInput
            id="place-name"
            name="name"
            label="Name of the place"
            hint="For example, Leith Academy or the council offices"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={formErrors.byField.name}
            width="fluid-two-thirds"
          />
          <TextInput
            id="place-address"
            name="address"
            label="Address (optional)"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            error={formErrors.byField.address}
            width="fluid-two-thirds"
          />
          <button type="submit" className="ds_button ds_button--secondary" disabled={addState.pending}>
            Add the place
          </button>
        </form>
      )}
    </section>
  );
}
