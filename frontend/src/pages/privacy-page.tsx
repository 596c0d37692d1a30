import { Page } from '../components/page';

export function PrivacyPage() {
  return (
    <Page title="Privacy notice">
      <p className="ds_leader">
        This notice explains what personal information the Quads service holds, why, and your rights.
      </p>
      <h2>Who we are</h2>
      <p>
        Quads is run on behalf of the Association of Directors of Education in Scotland (ADES) and Scotland’s
        education authorities to support collaborative peer review. The data controller for a review is set out in
        the programme’s data sharing agreement.
      </p>
      <h2>What we collect</h2>
      <ul>
        <li>your name, work email address, organisation and role in the service</li>
        <li>what you record in reviews you take part in, with the time and your name</li>
        <li>when you sign in, and a record of emails the service sends you</li>
      </ul>
      <p>We do not collect information about children and young people by name.</p>
      <h2>Why we use it</h2>
      <p>
        We use your information to let you sign in, to run reviews (inviting people, sending reminders, keeping the
        record of who did what), and to publish reports. Our lawful basis is the performance of a task carried out in
        the public interest: education authorities’ duty to secure improvement in the quality of school education.
      </p>
      <h2>Cookies</h2>
      <p>
        The service sets one cookie, <code>quads_session</code>, which keeps you signed in. It is essential, expires
        when your session ends and is not used for tracking. We do not use analytics cookies.
      </p>
      <h2>Who can see it</h2>
      <p>
        Members of a review’s team, the host authority’s users and programme officers see the work of that review.
        Published reports are public; they name authorities, not the individuals who took part in focus groups.
      </p>
      <h2>How long we keep it</h2>
      <p>
        Accounts are deactivated when people leave the programme. Review records are kept for as long as the
        programme’s retention schedule says, and published reports are kept permanently.
      </p>
      <h2>Your rights</h2>
      <p>
        You can ask to see the information we hold about you, to have it corrected, and in some cases to have it
        deleted or its use restricted. You can also complain to the Information Commissioner’s Office (ICO).
      </p>
    </Page>
  );
}
