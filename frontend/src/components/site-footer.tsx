import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="ds_site-footer">
      <div className="ds_wrapper">
        <div className="ds_site-footer__content">
          <h2 className="visually-hidden">Support links</h2>
          <ul className="ds_site-footer__site-items">
            <li className="ds_site-items__item">
              <Link to="/reports/themes">Themes across reports</Link>
            </li>
            <li className="ds_site-items__item">
              <Link to="/open-data">Open data</Link>
            </li>
            <li className="ds_site-items__item">
              <Link to="/accessibility">Accessibility</Link>
            </li>
            <li className="ds_site-items__item">
              <Link to="/privacy">Privacy</Link>
            </li>
          </ul>
          <div className="ds_site-footer__copyright">
            <p>
              Quads is run for the Association of Directors of Education in Scotland (ADES) and Scotland's 32
              education authorities.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
