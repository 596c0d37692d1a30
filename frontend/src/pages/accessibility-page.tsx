import { Page } from '../components/page';

export function AccessibilityPage() {
  return (
    <Page title="Accessibility statement for Quads">
      <p className="ds_leader">
        This statement applies to the Quads service, which education authorities, ADES, Education Scotland and HM
        Inspectors use to run peer reviews, and which the public uses to read published reports.
      </p>
      <h2>Using this service</h2>
      <p>We want as many people as possible to be able to use this service. For example, you should be able to:</p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole service using just a keyboard</li>
        <li>navigate most of the service using speech recognition software</li>
        <li>listen to the service using a screen reader (including recent versions of JAWS, NVDA and VoiceOver)</li>
      </ul>
      <p>We have also made the text as simple as possible to understand.</p>

      <h2>How accessible this service is</h2>
      <p>
        The service is built with the Scottish Government Design System and is tested against the Web Content
        Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked automatically with axe and
        by keyboard before each release.
      </p>
      <p>We know of these limitations:</p>
      <ul>
        <li>the service uses your device’s standard sans-serif font rather than Roboto</li>
        <li>some long tables, such as a framework’s quality indicators, may need horizontal scrolling on small screens</li>
      </ul>

      <h2 id="contact">Feedback and contact information</h2>
      <p>
        If you find a problem that is not listed on this page, or you need information from this service in a
        different format, contact the ADES programme officer who coordinates your review, or your authority’s
        administrator for the service. Tell us the web address of the page, the problem, and the format you need.
        We will reply within 5 working days.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).
        If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service
        (EASS).
      </p>

      <h2>Compliance status</h2>
      <p>
        This service is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, as far
        as our automated and manual testing shows.
      </p>

      <h2>Preparation of this accessibility statement</h2>
      <p>This statement was prepared in 2026. It is reviewed whenever the service changes significantly.</p>
    </Page>
  );
}
