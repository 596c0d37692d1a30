import { Link } from 'react-router';

export function PhaseBanner() {
  return (
    <div className="ds_phase-banner">
      <div className="ds_wrapper">
        <p className="ds_phase-banner__content">
          <strong className="ds_tag ds_phase-banner__tag">Beta</strong>
          <span className="ds_phase-banner__text">
            This is a new service. <Link to="/accessibility#contact">Tell us about a problem</Link> to help us improve
            it.
          </span>
        </p>
      </div>
    </div>
  );
}
