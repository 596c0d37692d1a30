import { Link } from 'react-router';
import { Page } from '../components/page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can <Link to="/">go to the home page</Link>, browse <Link to="/authorities">education authorities</Link> or{' '}
        <Link to="/frameworks">frameworks</Link>.
      </p>
    </Page>
  );
}
